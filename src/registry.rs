//! The table: one row per status code, the only place a per-code fact is
//! written. The row format is described in `macros.rs`.
//!
//! Source: the IANA HTTP Status Code Registry, last updated 2025-09-15. The
//! registry cites a section only for the codes RFC 9110 defines; for the
//! others, the section in parentheses is the one in the cited RFC that
//! defines the code, used for the documentation link.

status_codes! {
    // 1xx: Informational, RFC 9110, Section 15.2
    100 Continue CONTINUE "Continue", RFC 9110 Section "15.2.1" {
        summary: "The server has looked at the header section of a request sent with Expect: \
            100-continue and tells the client to go ahead and send the content.",
        use_when: "Send it as soon as a request with Expect: 100-continue has arrived and its \
            method, target URI and header fields give you no reason to refuse; an origin server \
            must not wait for the content before sending it. If the header section alone already \
            settles the outcome, send that final status immediately instead (such as 401, 405 or \
            413), so the client never uploads content you will reject. A final status sent \
            before the content has been read should say what happens next, because the client \
            may send the content anyway: either announce that you will close the connection \
            (with Connection: close on HTTP/1.1), or keep reading and discarding the content. \
            You must not send it to an HTTP/1.0 client, and once a 100 has gone out you must \
            still deliver a final status after the content has been processed, unless the \
            connection closes early.",
        when_received: "Transmit the request content and then wait for the final status; the 100 \
            itself carries nothing to keep. If you never asked for it, simply discard it, and if \
            you did ask, you should not wait indefinitely for it, because an HTTP/1.0 \
            intermediary on the path cannot relay it.",
        pitfalls: "Servers or frameworks that read the whole body before any handler runs defeat \
            the mechanism, leaving the client idle until its own timer expires. Clients must not \
            add the expectation to requests that have no content. Do not confuse it with 103, \
            which a server may send unprompted to carry hints, or with 417, the final refusal \
            meaning the expectation cannot be met, after which a client should retry without it.",
        headers: [],
        related: [ExpectationFailed, EarlyHints],
        terms: [
            "expect 100-continue", "go ahead", "send the body", "interim response",
            "large upload handshake",
        ],
    }

    101 SwitchingProtocols SWITCHING_PROTOCOLS "Switching Protocols", RFC 9110 Section "15.2.2" {
        summary: "The server accepts the client's Upgrade offer and continues this connection, \
            right after the response, in the protocol its Upgrade field names.",
        use_when: "Send it only when the request offered the protocol in its own Upgrade field \
            (a WebSocket handshake over HTTP/1.1 is the common case) and switching is \
            worthwhile; the response must carry Upgrade naming the protocol or protocols in \
            effect afterwards, in layer-ascending order if there are several, plus the upgrade \
            option in Connection. You may ignore the offer and answer in HTTP as usual, but you \
            must never switch to a protocol the client did not list, and if you refuse to serve \
            the request until the client upgrades, answer 426 with Upgrade instead. HTTP/2 and \
            HTTP/3 do not support 101 at all, and an Upgrade field on an HTTP/1.0 request must \
            be ignored.",
        when_received: "From the end of this response on, speak the protocol named in Upgrade on \
            this connection; the server still owes an answer to the original request, now \
            delivered in that protocol. If the named protocol is not one you offered, close the \
            connection rather than guess.",
        pitfalls: "Like every 1xx response, a 101 ends with its header section and has no \
            content; the bytes after it already belong to the new protocol. Leaving the upgrade \
            option out of Connection lets intermediaries pass along an Upgrade field meant only \
            for the next hop. If the request also carried Expect: 100-continue, a 100 must be \
            sent before the 101, and Upgrade cannot move the exchange to another connection or \
            transport, which is what a 3xx redirect is for.",
        headers: [
            "Upgrade" Must "RFC 9110, Section 15.2.2",
            "Connection" Must "RFC 9110, Section 7.8" when "it carries the upgrade option",
        ],
        related: [UpgradeRequired],
        terms: ["websocket", "upgrade", "protocol switch", "handshake", "h2c"],
    }

    /// RFC 4918, which replaced RFC 2518, no longer defines 102; the registry
    /// still lists it under its original reference.
    102 Processing PROCESSING "Processing", RFC 2518 ("10.1") {
        summary: "The server signals that it has the complete request and is still working on \
            it, a WebDAV interim response that is now obsolete.",
        use_when: "Do not send it: RFC 2518 defined it for slow WebDAV methods, suggesting \
            roughly 20 seconds as the point to start, but RFC 4918 removed the definition \
            because implementations never picked it up. For long-running work answer 202 and \
            point to a status resource the client can poll, and if the aim is to let a browser \
            start fetching subresources early, use 103. Even under the old definition a final \
            response had to follow, and as with any 1xx it could never be sent to an HTTP/1.0 \
            client.",
        when_received: "Treat it as a progress notice and keep waiting for the final status on \
            the same request. Every client has to be able to parse unexpected 1xx responses and \
            may ignore them, so dropping it is safe.",
        pitfalls: "Emitting 102 repeatedly as a keep-alive to stop a proxy or load balancer from \
            timing out a slow request leans on a withdrawn mechanism whose handling varies \
            between intermediaries and client libraries. Unlike 100, which answers Expect: \
            100-continue before the body is sent, 102 was meant for the period after the whole \
            request had arrived.",
        headers: [],
        related: [Accepted, Continue, EarlyHints],
        terms: ["still working", "keep alive", "slow webdav method"],
    }

    103 EarlyHints EARLY_HINTS "Early Hints", RFC 8297 ("2") {
        summary: "Ahead of the final response, the server sends header fields it expects that \
            response to have, typically Link hints to preload or preconnect.",
        use_when: "Send it while the final response is still being computed, for example during \
            a slow backend or database call, so a browser can begin preloading the stylesheets \
            and scripts or opening the connections named in Link fields. You may send several \
            103 responses as more hints become known, and the real response still follows with \
            its own complete header section, usually repeating those Link fields. Over HTTP/1.1 \
            consider sending it only to clients known to handle informational responses \
            correctly, and never to HTTP/1.0 clients.",
        when_received: "Optionally act on the hints, for instance by preloading the linked \
            resources, and keep waiting for the final response, which alone determines status \
            and headers. The hinted fields do not describe the 103 itself, must not change how \
            the final response is processed, and a field absent from the 103 says nothing about \
            whether the final response will have it.",
        pitfalls: "An HTTP/1.1 client that mistakes a 103 for the final response attaches every \
            later response on that connection to the wrong request, and if it sends requests for \
            more than one origin over that connection, one site can end up reading another's \
            data, so over HTTP/1.1 send it only to clients known to cope. A server must not put \
            Content-Length in it, as no 1xx response carries content, and unlike 100 it needs no \
            Expect field from the client.",
        headers: [
            "Link" May "RFC 8297, Section 2" when "the hints are links to preload or preconnect",
        ],
        related: [Continue],
        terms: ["preload", "preconnect", "link hints", "resource hints", "faster page load"],
    }

    // 2xx: Successful, RFC 9110, Section 15.3
    200 Ok OK "OK", RFC 9110 Section "15.3.1" [CACHEABLE] {
        summary: "The request succeeded, and the content carries what the method implies, such \
            as the target's representation for GET or the action's outcome for POST.",
        use_when: "Send it when the request worked and there is something to return: a \
            representation for GET (or just its header fields for HEAD), the result or status of \
            a POST, or the status of a PUT or DELETE. Prefer 201 when the request created a \
            resource, 202 when the work was only queued, 204 when there is nothing to send or \
            the client signalled it wants no content, and 206 when answering a Range request \
            with only part of the data. For GET and HEAD you should include any available \
            validators, ideally a strong ETag plus Last-Modified, so clients can revalidate \
            cheaply.",
        when_received: "Treat it as final success and interpret the content according to the \
            method you used, keeping any ETag or Last-Modified for later conditional requests. \
            Zero-length content is valid when the framing says so, so do not assume a body is \
            always present.",
        pitfalls: "Returning 200 with an error object in the body hides failures from caches, \
            retry logic and monitoring, and since 200 is heuristically cacheable a shared cache \
            may keep serving that error. A 200 to CONNECT has no content at all, because the \
            bytes that follow belong to the tunnel.",
        headers: [
            "ETag" Should "RFC 9110, Section 8.8.3" when "the representation has one",
            "Last-Modified" Should "RFC 9110, Section 8.8.2" when "the representation has one",
        ],
        related: [Created, Accepted, NoContent, PartialContent],
        terms: ["success", "worked", "fetched", "empty result", "empty list", "no results"],
    }

    201 Created CREATED "Created", RFC 9110 Section "15.3.2" {
        summary: "A new resource now exists as a result of the request, identified by Location \
            or, when that is absent, by the target URI.",
        use_when: "Send it once a resource really exists: after a POST that made a new item you \
            should send Location with its URI, and after a PUT that created a previously absent \
            resource 201 is mandatory and Location may be omitted because the target URI is the \
            new resource. ETag or Last-Modified may accompany it to describe the representation \
            just stored, but after a PUT only when the content was saved without transformation. \
            Use 202 if creation will happen later, 200 or 204 when an existing resource was \
            merely updated, and consider 303 pointing at the existing resource when a POST turns \
            out to duplicate one.",
        when_received: "Record the Location value, resolved relative to the URI you requested, \
            as the address of the new resource; if Location is absent, the URI you sent the \
            request to is the new resource. Keep any ETag as the validator for later conditional \
            updates with If-Match.",
        pitfalls: "Omitting Location after a POST tells the client that the collection URI it \
            posted to is itself the new resource, which is rarely what the server meant. \
            Answering 201 before the resource can actually be retrieved, or sending an ETag for \
            PUT content you altered on save, leads clients into spurious 404s and failed \
            precondition checks.",
        headers: [
            "Location" Should "RFC 9110, Section 9.3.3" when "the request was a POST",
            "ETag" May "RFC 9110, Section 15.3.2",
            "Last-Modified" May "RFC 9110, Section 15.3.2",
        ],
        related: [Ok, Accepted, SeeOther],
        terms: ["new resource", "new record", "inserted", "added", "location header"],
    }

    202 Accepted ACCEPTED "Accepted", RFC 9110 Section "15.3.3" {
        summary: "The server has taken the request on but not finished it, and the work may yet \
            fail or never be carried out.",
        use_when: "Use it for asynchronous work such as batch jobs, long exports or queued \
            deletions, where you answer now instead of holding the connection until the job \
            ends. Put in the body where the job stands now, plus a link to, or a copy of, a \
            resource the client can check for progress; many APIs also name that monitor in \
            Location, a convention to which RFC 9110 gives no meaning for 202. If the work is \
            already complete send 200, 201 or 204 instead, and for a DELETE that will likely \
            succeed but has not been enacted, 202 is the recommended answer rather than 204.",
        when_received: "Do not treat it as success: the outcome is still open and HTTP has no \
            way to deliver a later status code for this request, so poll the monitor you were \
            given, honoring any delay it suggests. Avoid resending the original request, which \
            could create duplicate work.",
        pitfalls: "A 202 without a monitor link or job identifier leaves the client no way to \
            learn whether the work ever succeeded. It is a final response that ends the \
            exchange, unlike the obsolete interim 102 that kept a single request open, and \
            unlike 201 it promises nothing has been created yet.",
        headers: [],
        related: [Created, NoContent, Processing],
        terms: [
            "queued", "async", "asynchronous", "background job", "batch job", "long running",
            "poll later", "check back later",
        ],
    }

    203 NonAuthoritativeInformation NON_AUTHORITATIVE_INFORMATION "Non-Authoritative Information", RFC 9110 Section "15.3.4"
        [CACHEABLE] {
        summary: "A proxy on the way changed the content of the origin's successful 200 \
            response, and says so with this code.",
        use_when: "Only intermediaries should send it: a proxy that rewrites the content of a \
            200 (recompressing images, transcoding, annotating or filtering) can change the \
            status to 203 so recipients downstream know the bytes are not the origin's. A proxy \
            must not transform content whose response carries the no-transform cache directive, \
            and an origin server answering for its own resources has no reason to use it and \
            sends 200.",
        when_received: "Handle it like 200 while remembering the content was changed on the way; \
            validators from it may only be usable for revalidation along the same proxy path. If \
            you need the origin's exact bytes, fetch it over a path without the transforming \
            proxy, such as an end-to-end encrypted connection.",
        pitfalls: "Applications sometimes emit 203 to mean partial, stale or third-party data, \
            which misleads clients and caches about who changed the content. Like 200 it is \
            heuristically cacheable, so transformed content can be stored and reused.",
        headers: [],
        related: [Ok],
        terms: ["proxy modified", "transformed by proxy", "rewritten", "altered content"],
    }

    204 NoContent NO_CONTENT "No Content", RFC 9110 Section "15.3.5"
        [CACHEABLE | NO_CONTENT | ENDS_AT_HEADER_SECTION] {
        summary: "The action succeeded and no content is returned on purpose; any header fields \
            describe the target resource as it is after the change.",
        use_when: "Use it after a successful PUT, PATCH or DELETE, or a save in an editing \
            interface, when the client needs no body and should stay on its current view. As the \
            usual answer to a PUT it may carry an ETag or Last-Modified for the new state, but \
            only if the content was stored exactly as received, with no transformation, since \
            the client will take the validator to describe the bytes it sent. A 200 with \
            zero-length content is also legal, but 204 says explicitly there is nothing to show, \
            and it suits a client that asked for a minimal response. If the client should clear \
            its input form use 205, and if the change has not been applied yet use 202.",
        when_received: "Treat it as success and read no body; apply any metadata such as a new \
            ETag to the representation you already hold. Leave the current page or form as it \
            is.",
        pitfalls: "Frameworks that serialize an empty JSON object or send Content-Length with a \
            204 break the protocol, because the message ends with its header section and stray \
            bytes can corrupt the next response on the connection. Do not confuse it with 304, \
            which answers a conditional GET or HEAD by telling the client to reuse its stored \
            copy.",
        headers: [
            "ETag" May "RFC 9110, Section 15.3.5",
            "Content-Length" MustNot "RFC 9110, Section 8.6",
            "Transfer-Encoding" MustNot "RFC 9112, Section 6.1",
        ],
        related: [Ok, ResetContent, Accepted, NotModified],
        terms: [
            "no body", "empty response", "nothing to return", "nothing to send",
            "deleted successfully", "saved",
        ],
    }

    205 ResetContent RESET_CONTENT "Reset Content", RFC 9110 Section "15.3.6" [NO_CONTENT] {
        summary: "The request worked, and the client should clear the form or other view it was \
            sent from, so the user can start over.",
        use_when: "Use it for data entry done one record at a time, where the surface the user \
            filled in (a form, a text area, a drawing) should go back to the state in which the \
            server first delivered it once a submission is accepted, ready for the next record. \
            Send no content, but do frame its absence: unlike 204, a 205 does not end at its \
            header section, so on HTTP/1.1 send Content-Length: 0 or an empty chunked body, or \
            close the connection after the header section. If the view should stay exactly as it \
            is use 204, and if the user should be shown a new page use 200 or redirect with 303.",
        when_received: "Reset the input surface that triggered the request, for example by \
            clearing its form fields. There is nothing to display, but on HTTP/1.1 the response \
            is still framed, so read its Content-Length of 0, its empty chunked body or the \
            close of the connection before reading the next response. A client without any \
            document view can treat it as plain success.",
        pitfalls: "Attaching a message body to a 205 violates its definition, and leaving out \
            its framing breaks HTTP/1.1: a 205 with neither Content-Length nor chunked coding on \
            a connection kept open leaves the client waiting for the close that would end the \
            content, and a client that skips the framing as it would for 204 reads a leftover \
            empty chunk as the start of the next response. Machine-to-machine APIs gain nothing \
            from it and are better served by 204, and whether a user agent clears anything on \
            its own varies, so front-end code usually performs the reset itself.",
        headers: [],
        related: [NoContent, Ok],
        terms: ["reset form", "clear form", "clear the view"],
    }

    206 PartialContent PARTIAL_CONTENT "Partial Content", RFC 9110 Section "15.3.7" [CACHEABLE] {
        summary: "The response carries only the requested ranges of the representation, not all \
            of it, in answer to a Range request.",
        use_when: "Send it for a GET whose Range is satisfiable, such as resuming a download or \
            seeking in media. For a single part you must send Content-Range and just that range; \
            for several parts you must send multipart/byteranges content with its boundary in \
            Content-Type and a Content-Range inside each part but not in the top-level header \
            section, and you must not use multipart when only one range was requested. You must \
            also send whichever of Date, Cache-Control, ETag, Expires, Content-Location and Vary \
            a 200 to the same request would have carried and, unless the request had If-Range, \
            every other representation field of that 200 as well, such as Last-Modified; \
            ignoring Range and replying 200 with everything is permitted, while an unsatisfiable \
            range calls for 416.",
        when_received: "You must inspect Content-Type and Content-Range to see which bytes \
            arrived, since the server may send fewer ranges than asked, coalesce them or reorder \
            the parts. Combine pieces only when they share the same strong validator, and \
            request whatever is still missing.",
        pitfalls: "Setting Content-Length to the full representation size instead of the octets \
            in this message, or adding a top-level Content-Range to a multipart response, \
            corrupts downloads. Sending only a weak ETag, or none, prevents clients from safely \
            stitching ranges together. When the request has If-Range and its validator no longer \
            matches, Range must be ignored and the whole current representation sent with 200; a \
            206 there hands a resuming client bytes of the new version to splice onto the old \
            one.",
        headers: [
            "Content-Range" Must "RFC 9110, Section 15.3.7.1" when "the content is a single part",
            "ETag" Must "RFC 9110, Section 15.3.7" when "a 200 to the same request would carry it",
            "Content-Location" Must "RFC 9110, Section 15.3.7" when "a 200 to the same request would carry it",
            "Cache-Control" Must "RFC 9110, Section 15.3.7" when "a 200 to the same request would carry it",
            "Expires" Must "RFC 9110, Section 15.3.7" when "a 200 to the same request would carry it",
            "Vary" Must "RFC 9110, Section 15.3.7" when "a 200 to the same request would carry it",
        ],
        related: [Ok, RangeNotSatisfiable],
        terms: [
            "range request", "partial download", "resume download", "byte range", "video streaming",
            "chunk",
        ],
    }

    207 MultiStatus MULTI_STATUS "Multi-Status", RFC 4918 ("11.1") {
        summary: "The body, an XML multistatus document, reports a separate status for each \
            resource or operation a WebDAV request touched.",
        use_when: "Use it when one WebDAV request touches many resources with possibly different \
            outcomes, for example PROPFIND, PROPPATCH, or a COPY, MOVE or DELETE of a collection \
            where some members fail. The body is an XML document with a multistatus root holding \
            response elements, each of which must identify its resource with an href, and a 207 \
            may describe complete success, partial success or total failure. PROPFIND and \
            PROPPATCH report their results per property in a multistatus, yet the request as a \
            whole can still fail with one status: RFC 4918, Section 9.1 lets a server refuse a \
            Depth: infinity PROPFIND with 403 and the propfind-finite-depth precondition in an \
            error body. For other methods, a request whose outcome concerns only the target \
            resource should get that resource's own status, such as 201, 204 or 404, rather than \
            a 207.",
        when_received: "The 207 by itself says nothing about success: parse every response \
            element and act on its status or propstat code. Clients must be able to handle any \
            status code found inside, treating unfamiliar ones by the generic rules of their \
            class.",
        pitfalls: "Clients that read a 207 as they would a 200, as plain success, silently \
            ignore the failures reported in the body, and clients that expect every PROPFIND to \
            yield a 207 break on servers that refuse infinite depth; walk the tree with Depth: 1 \
            requests instead. Servers should not record 1xx codes in response elements, and 208 \
            is not an alternative to 207 but a per-member status used inside one; JSON batch \
            APIs that borrow 207 without this body format leave generic clients unable to read \
            it.",
        headers: [],
        related: [Ok, AlreadyReported],
        terms: ["webdav", "multiple statuses", "status per resource", "batch results", "propfind"],
    }

    208 AlreadyReported ALREADY_REPORTED "Already Reported", RFC 5842 ("7.1") {
        summary: "Used only inside a 207 multistatus body, it marks a collection binding whose \
            members were already listed earlier in the same response.",
        use_when: "A server that implements WebDAV bindings (RFC 5842) uses it while answering a \
            request with Depth: infinity, typically a PROPFIND, when one collection can be \
            reached through several bindings: the first binding met is listed with 200 and its \
            members as usual, and every further binding to that collection gets a 208 entry with \
            nothing listed beneath it, which keeps the multistatus finite even when the bindings \
            form a loop. Reserve it for clients whose DAV request header says they support \
            bindings, and tell the others about a loop with 508.",
        when_received: "This entry is another path to a collection whose contents appear under a \
            different entry of the same multistatus, the one reported with 200; look its members \
            up there instead of expecting them here. If you need to know exactly which paths \
            lead to the same resource, ask for the DAV:resource-id property in your PROPFIND and \
            compare the values.",
        pitfalls: "Putting 208 on the status line of a whole response, or using it outside a \
            Depth: infinity multistatus, misapplies it. Clients unaware of bindings may read the \
            entry as a missing or duplicated resource, which is why the DAV header opt-in \
            matters.",
        headers: [],
        related: [MultiStatus, LoopDetected],
        terms: ["webdav binding", "already listed", "duplicate member", "bindings"],
    }

    226 ImUsed IM_USED "IM Used", RFC 3229 ("10.4.1") {
        summary: "The answer to a GET is not the resource itself but a manipulated form of it, \
            such as a delta against a version the client holds.",
        use_when: "Send it only when the request carried A-IM listing a manipulation you \
            support, for example a delta encoding together with If-None-Match naming the \
            client's cached entity tag, and you choose to return that delta rather than the full \
            representation. The response must include the current instance's ETag and must carry \
            Delta-Base with the base entity tag when it contains a delta and the request listed \
            more than one tag, while the IM field tells the client which manipulations were \
            applied. Without A-IM in the request reply with an ordinary 200, and if the client's \
            copy is still current send 304.",
        when_received: "Apply the manipulation to the cached base instance, identified by \
            Delta-Base or by the tag you sent, to reconstruct the current representation, then \
            store the result under the new ETag. If reconstruction is impossible, repeat the GET \
            without A-IM to obtain the full representation.",
        pitfalls: "The content is a delta or another manipulated instance, not the full current \
            representation, so a client or cache that does not understand the manipulation and \
            stores it as the complete resource ends up with corrupt data. A cache that does \
            understand it may store the 226 and reuse it, subject to expiration, Cache-Control \
            and the further rules of RFC 3229, Section 10.6, or combine it with its stored base \
            instance into an entry for the current one, as RFC 3229, Section 10.4.1 allows; send \
            explicit freshness such as Cache-Control: max-age if caches are to reuse it. Unlike \
            206, which carries byte ranges of an unchanged representation, 226 carries a \
            transformed instance that only makes sense to a client that requested that \
            manipulation.",
        headers: [
            "ETag" Must "RFC 3229, Section 10.4.1",
            "IM" Must "RFC 3229, Section 10.5.2",
            "Delta-Base" Must "RFC 3229, Section 10.5.1" when "the content is a delta and the request named several entity tags",
        ],
        related: [Ok, PartialContent, NotModified],
        terms: ["delta encoding", "instance manipulation", "diff", "patch against cache"],
    }

    // 3xx: Redirection, RFC 9110, Section 15.4
    300 MultipleChoices MULTIPLE_CHOICES "Multiple Choices", RFC 9110 Section "15.4.1" [CACHEABLE] {
        summary: "The server offers a choice among several representations at different URIs and \
            leaves it to the user or client to pick one.",
        use_when: "Send it when you deliberately offer a menu of alternatives (different formats \
            or languages at distinct URIs, say) and want the user or user agent to choose among \
            them, which is reactive negotiation. For any method other than HEAD, include content \
            listing each choice with its metadata and URI; if one option is preferred you should \
            also put its URI in Location, but Location is optional when there is no favorite. If \
            none of your representations would satisfy the request's Accept preferences and you \
            will not serve a default, the answer is 406, not 300; if you can pick the best \
            variant yourself, negotiate proactively and reply 200 with Vary.",
        when_received: "HTTP defines no machine-readable format for the list, so follow Location \
            if it is present (automatic redirection to it is allowed), otherwise parse the list \
            if you understand its media type or show it to a person.",
        pitfalls: "Few programs can choose from a 300 list on their own, so an API that returns \
            one without Location often leaves clients stuck; most services do better by \
            selecting a representation themselves. A 300 is heuristically cacheable, so add \
            explicit Cache-Control if the set of choices changes. The URI and Alternates fields \
            once proposed for carrying the list were dropped from core HTTP, and a Link field \
            with rel=alternate is allowed but seldom understood.",
        headers: [
            "Location" Should "RFC 9110, Section 15.4.1" when "the server prefers one of the choices",
        ],
        related: [NotAcceptable],
        terms: ["choose representation", "several options", "pick one", "language choice"],
    }

    301 MovedPermanently MOVED_PERMANENTLY "Moved Permanently", RFC 9110 Section "15.4.2"
        [CACHEABLE] {
        summary: "The resource has moved for good to the URI in Location, and links and \
            bookmarks should be updated to point there.",
        use_when: "Use it when a URL has moved for good, such as a domain change or a \
            restructured path, and a GET follow-up is acceptable, which is the normal case for \
            pages and links. Send Location with the new URI, as the specification recommends; \
            the content conventionally carries a short hypertext note linking to it. If the old \
            endpoint receives POST, PUT or other requests whose method and content must survive \
            the hop, use 308, because user agents may turn a POST into a GET after a 301; if the \
            move is not permanent, use 302 or 307.",
        when_received: "Follow Location for the current request; a client that keeps references \
            (crawler, bookmark or link manager) may replace the old URI with the new one, and \
            should expect browsers and most libraries to re-send a redirected POST as a bodiless \
            GET.",
        pitfalls: "Because a 301 is heuristically cacheable, browsers can keep applying a \
            mistaken redirect long after the server is fixed, so trial new redirects with 302 or \
            307 or with a short explicit max-age. Redirecting an API write endpoint with 301 \
            quietly loses the request content in most clients. When Location has no fragment, \
            the client keeps the fragment of the original reference, so a redirect cannot be \
            used to strip it.",
        headers: [
            "Location" Should "RFC 9110, Section 15.4.2",
        ],
        related: [PermanentRedirect, Found],
        terms: [
            "moved", "moved for good", "new url", "changed domain", "seo redirect", "canonical url",
            "old link",
        ],
    }

    302 Found FOUND "Found", RFC 9110 Section "15.4.3" {
        summary: "The resource is, for now, at the URI in Location, but the original URI stays \
            the one to use next time.",
        use_when: "Send it for short-lived detours where the original URL stays canonical, for \
            example a temporary holding page or sending a GET to a login screen and back. \
            Provide Location with the temporary URI, which the specification recommends. After \
            handling a form POST prefer 303, which says unambiguously that the follow-up is a \
            GET; when the method and content must be replayed at the new URI use 307; when the \
            move is permanent use 301 or 308.",
        when_received: "Follow Location for this request only and go back to the original URI \
            next time; historically user agents disagreed on whether a redirected POST stays a \
            POST, and most now switch it to GET, so do not rely on either outcome.",
        pitfalls: "The specification only says a user agent may change POST to GET here, so a \
            server that depends on the method being kept, or on it being changed, will break \
            with some client. A 302 is not heuristically cacheable, which makes it the safer \
            choice while testing, but leaving a truly permanent move on 302 keeps clients and \
            search engines hitting the old URL indefinitely.",
        headers: [
            "Location" Should "RFC 9110, Section 15.4.3",
        ],
        related: [SeeOther, TemporaryRedirect, MovedPermanently],
        terms: ["temporary redirect", "moved temporarily", "redirect", "login redirect"],
    }

    303 SeeOther SEE_OTHER "See Other", RFC 9110 Section "15.4.4" {
        summary: "The server sends the client, through Location, to another resource, and \
            fetching that one with GET gives the outcome of the original request.",
        use_when: "Use it for Post/Redirect/Get: once a POST (or any other method) has been \
            processed, reply 303 with Location pointing at a result or status page, so that \
            reloading the page does not submit the form again. It also answers a GET for \
            something that cannot itself be transferred over HTTP, pointing at a resource that \
            describes it. If the request created a resource and you simply want to identify it, \
            send 201 with Location rather than forcing an extra round trip; if the client must \
            repeat the same method at the new URI, use 307 or 308.",
        when_received: "Retrieve the Location URI with GET (or HEAD) instead of repeating the \
            original method and content, and present that result as the outcome of your request; \
            the new URI is not a replacement for the one you asked for, so do not rewrite stored \
            links.",
        pitfalls: "Teams often use 302 after a POST out of habit; 303 removes the guesswork \
            because its follow-up is defined as a retrieval. The target of a 303 is not \
            equivalent to the requested URI, so tools should not treat it as a move. It is not \
            heuristically cacheable, so add explicit freshness if you want caches to reuse the \
            redirect itself.",
        headers: [
            "Location" Must "RFC 9110, Section 15.4.4",
        ],
        related: [Found, TemporaryRedirect, Created],
        terms: [
            "post redirect get", "redirect after post", "prg", "confirmation page", "result page",
        ],
    }

    304 NotModified NOT_MODIFIED "Not Modified", RFC 9110 Section "15.4.5"
        [NO_CONTENT | ENDS_AT_HEADER_SECTION] {
        summary: "A conditional GET or HEAD found that the client already holds the current \
            representation, so none is sent and the stored copy should be used.",
        use_when: "Send it only to a GET or HEAD whose If-None-Match condition (or \
            If-Modified-Since, when If-None-Match is absent) evaluates to false; when the \
            condition is true, send 200 with the full representation. You must include whichever \
            of Cache-Control, Content-Location, Date, ETag, Expires and Vary a 200 to the same \
            request would have carried, and should not add other representation metadata unless \
            it helps caches update (for instance Last-Modified when there is no ETag). For any \
            other method whose If-None-Match fails, the answer is 412, not 304.",
        when_received: "Reuse the stored response that matches the validators you sent and \
            refresh its stored metadata from the fields in the 304; read no content, and if you \
            no longer have a matching stored copy, repeat the request without the conditional \
            header fields.",
        pitfalls: "A 304 cannot contain content; writing a body, even an empty JSON object, \
            either gets discarded or desynchronizes an HTTP/1.1 connection. Leaving out an ETag, \
            Cache-Control or Vary that the 200 would have had leaves caches with stale or wrong \
            metadata. Sending 304 to a request that was not conditional, or to a method other \
            than GET or HEAD, is wrong.",
        headers: [
            "ETag" Must "RFC 9110, Section 15.4.5" when "a 200 to the same request would carry it",
            "Cache-Control" Must "RFC 9110, Section 15.4.5" when "a 200 to the same request would carry it",
            "Expires" Must "RFC 9110, Section 15.4.5" when "a 200 to the same request would carry it",
            "Vary" Must "RFC 9110, Section 15.4.5" when "a 200 to the same request would carry it",
            "Content-Location" Must "RFC 9110, Section 15.4.5" when "a 200 to the same request would carry it",
        ],
        related: [Ok, PreconditionFailed],
        terms: [
            "cached", "cache hit", "unchanged", "etag matches", "conditional get", "if-none-match",
            "revalidate", "still fresh",
        ],
    }

    /// Deprecated since RFC 7231: letting a response tell the client which
    /// proxy to use was a security risk. It is listed for completeness; do not
    /// send it.
    305 UseProxy USE_PROXY "Use Proxy", RFC 9110 Section "15.4.6" {
        summary: "A deprecated code that once told the client to repeat its request through a \
            proxy named in Location; it should no longer be sent.",
        use_when: "Do not send it. RFC 7231 deprecated it over security concerns about \
            configuring a proxy in-band, since a response able to pick the client's proxy could \
            route later traffic through a machine of an attacker's choosing, and RFC 9110 keeps \
            it deprecated. Configure proxies out of band (system or browser settings, PAC files, \
            managed policy), and if all you need is to send the client to another URI, use 307 \
            or 308.",
        when_received: "Treat it as an error rather than a redirect to follow; never switch \
            proxies because a response told you to, and report the misconfiguration to whoever \
            runs the server.",
        pitfalls: "A client that still obeys 305 lets any server it talks to divert its traffic \
            through an arbitrary proxy. Its neighbor 306 is just as dead: it belonged to an \
            older HTTP draft, has no current meaning and stays reserved, so never emit it \
            either.",
        headers: [],
        related: [TemporaryRedirect],
        terms: ["proxy required"],
    }

    307 TemporaryRedirect TEMPORARY_REDIRECT "Temporary Redirect", RFC 9110 Section "15.4.8" {
        summary: "As with 302 the move is temporary, but a client that follows the redirect to \
            the URI in Location has to keep the method, so a POST stays a POST.",
        use_when: "Use it for temporary redirects where method and content have to be kept, such \
            as moving a POST or PUT endpoint to another host during maintenance or steering \
            uploads to a different node. Send Location with the temporary URI, as recommended; \
            the original URI stays canonical. Use 308 if the change is permanent, and 303 if \
            what you really want after a POST is for the client to fetch a result page with GET.",
        when_received: "When redirecting automatically you must not change the method, and you \
            should resend the original content to the Location URI; keep using the original URI \
            for later requests, and if Retry-After is present, wait at least that long before \
            issuing the redirected request.",
        pitfalls: "Choosing 302 instead when the method matters is a gamble, since clients may \
            turn a redirected POST into a GET there, which 307 forbids. The client has to be \
            able to replay the request body, so streamed uploads without a buffered or \
            rewindable body fail on 307; sending Expect: 100-continue lets the server redirect \
            before the body is transmitted. A user agent may drop credentials such as \
            Authorization and Cookie when a redirect leads to another origin, so the second \
            request can arrive unauthenticated. A 307 is not heuristically cacheable, so unlike \
            308 it does not stick in caches without explicit freshness.",
        headers: [
            "Location" Should "RFC 9110, Section 15.4.8",
        ],
        related: [Found, PermanentRedirect, SeeOther],
        terms: ["keep method", "redirect post", "temporary move", "hsts"],
    }

    308 PermanentRedirect PERMANENT_REDIRECT "Permanent Redirect", RFC 9110 Section "15.4.9"
        [CACHEABLE] {
        summary: "As with 301 the move is permanent, but a client following it to the URI in \
            Location keeps the method and the content of the request.",
        use_when: "Use it for permanent moves of endpoints that receive non-GET requests, such \
            as a changed API host or base path, where rewriting POST into GET would break \
            callers; RFC 9110 names 307 and 308 as the redirects that unambiguously preserve the \
            method. Location should carry the new URI. For ordinary page moves where a GET \
            follow-up is fine, 301 remains adequate and is understood by more old software; for \
            a temporary method-preserving detour use 307.",
        when_received: "Re-issue the same request, method and content unchanged, at the Location \
            URI, and update stored references where that is appropriate; like 301, the redirect \
            may be cached without explicit freshness information.",
        pitfalls: "308 was first specified in 2014 (RFC 7238, later RFC 7538, now folded into \
            RFC 9110), so some older clients and intermediaries do not recognize it and may not \
            follow it automatically; know your audience before replacing 301. Being \
            heuristically cacheable, a wrong 308 can persist in browser caches well after it is \
            corrected, so start with a short explicit max-age.",
        headers: [
            "Location" Should "RFC 9110, Section 15.4.9",
        ],
        related: [MovedPermanently, TemporaryRedirect],
        terms: ["permanent redirect keep method", "moved for good", "api moved", "new domain"],
    }

    // 4xx: Client Error, RFC 9110, Section 15.5
    400 BadRequest BAD_REQUEST "Bad Request", RFC 9110 Section "15.5.1" {
        summary: "The general client error: the server will not process a request it judges to \
            be faulty, such as one it cannot parse or whose framing is broken.",
        use_when: "Send 400 when the request cannot be parsed or is structurally broken, for \
            example unparseable JSON, a malformed query parameter, invalid message framing, or \
            an HTTP/1.1 request whose Host field is missing, duplicated or invalid, which RFC \
            9112 says must be answered with 400. Prefer a more specific code when one fits: 415 \
            for a content format the resource does not support, 413 for an oversized body, 431 \
            for oversized header fields, and 422 when the content parses correctly but its \
            values make no sense for the operation. Explain in the body what was wrong, ideally \
            as RFC 9457 problem details (application/problem+json), so that clients can react \
            programmatically. When the framing of an HTTP/1.1 request is broken beyond repair, \
            such as an invalid Content-Length or a Transfer-Encoding whose last coding is not \
            chunked, RFC 9112, Section 6.3 requires a 400 followed by closing the connection, \
            since you can no longer tell where the next request starts.",
        when_received: "Something in the request as sent is wrong, so resending it unchanged \
            will normally fail again; read the error body to locate the offending part, correct \
            it and only then retry. Do not put 400 into automatic retry loops.",
        pitfalls: "Using 400 as a blanket code for every failure, including missing credentials \
            (401), missing permissions (403), unknown resources (404) or server bugs (500), \
            hides the real cause from callers. Another frequent mistake is an empty 400 body \
            that leaves the client guessing which field or header was rejected.",
        headers: [],
        related: [
            UnprocessableContent,
            UnsupportedMediaType,
            ContentTooLarge,
            RequestHeaderFieldsTooLarge,
        ],
        terms: [
            "malformed", "bad syntax", "invalid json", "parse error", "missing parameter",
            "bad input", "invalid request", "garbled",
        ],
    }

    401 Unauthorized UNAUTHORIZED "Unauthorized", RFC 9110 Section "15.5.2" {
        summary: "The client has to authenticate: the request came without credentials, or with \
            ones the server does not accept, so it was not carried out.",
        use_when: "Send 401 when credentials are absent, malformed, expired or wrong (a bad \
            password, an invalid or expired token), and you must include a WWW-Authenticate \
            header containing at least one challenge that applies to the resource, such as \
            Bearer or Basic with a realm. If the caller is properly authenticated but simply not \
            permitted to do this, answer 403 instead; when it is an intermediary proxy that \
            demands its own credentials, that proxy sends 407. A 401 without any challenge \
            violates RFC 9110 even when the body explains how to log in.",
        when_received: "Obtain or refresh credentials for the scheme named in WWW-Authenticate \
            (log in, refresh the token), then send the request again carrying them in \
            Authorization, in place of any that were refused. If the same challenge comes back \
            after a credentialed attempt, stop retrying and show the response body to the user, \
            since it usually explains why the credentials were refused.",
        pitfalls: "Leaving out WWW-Authenticate is the classic violation, common in token APIs \
            that only return a JSON error. Answering a logged-in user's permission failure with \
            401 makes clients throw away good credentials and loop through login; that case is \
            403. A Basic challenge on a 401 makes browsers pop up their built-in login prompt, \
            which often surprises single-page applications.",
        headers: [
            "WWW-Authenticate" Must "RFC 9110, Section 15.5.2",
        ],
        related: [Forbidden, ProxyAuthenticationRequired],
        terms: [
            "login required", "expired token", "invalid token", "not logged in", "session expired",
            "unauthenticated", "missing credentials", "api key", "wrong password",
            "invalid session cookie",
        ],
    }

    402 PaymentRequired PAYMENT_REQUIRED "Payment Required", RFC 9110 Section "15.5.3" {
        summary: "Reserved by RFC 9110 for future use; HTTP gives this code no standard meaning, \
            so any behavior attached to it is private convention.",
        use_when: "Avoid it in general-purpose APIs, because no specification tells clients what \
            to do with it. Some platforms use it for exhausted credit, unpaid subscriptions or \
            pay-per-request schemes; if you do the same, document the contract and put \
            machine-readable details in the body, for which RFC 9457 problem details work well. \
            For a plan that does not include a feature, 403 expresses the refusal with standard \
            semantics, and for usage quotas that reset over time, 429 with Retry-After is the \
            standard choice.",
        when_received: "Its meaning depends entirely on the API that sent it, so consult that \
            service's documentation or the response body, which usually describes a billing, \
            credit or quota problem. Generic clients have nothing standard to act on, so treat \
            it as a client error and do not retry automatically.",
        pitfalls: "A common mistake is expecting browsers, proxies or HTTP libraries to react to \
            402 in some payment-aware way; they do not. Vendors attach incompatible meanings to \
            it, so logic written for one API cannot be reused for another.",
        headers: [],
        related: [Forbidden, TooManyRequests],
        terms: ["payment", "subscription", "billing", "paywall", "out of credits", "upgrade plan"],
    }

    403 Forbidden FORBIDDEN "Forbidden", RFC 9110 Section "15.5.4" {
        summary: "The server refuses the request on purpose, usually because the client, whoever \
            it is, lacks permission rather than credentials.",
        use_when: "Send 403 when the client is identified but its credentials do not grant this \
            action, or when access is refused on grounds unrelated to identity, such as an IP \
            block or a policy rule; RFC 9110 says valid but inadequate credentials ought to get \
            403. If no credentials or invalid ones were presented and logging in could help, \
            send 401 with a challenge instead. When even confirming that the resource exists \
            would leak information, an origin server may answer 404 rather than 403.",
        when_received: "Repeating the request with the same credentials will not change the \
            answer, and the client should not retry it automatically; only different credentials \
            (another account, a token with broader scope) or a permission change on the server \
            side can help. If the body gives a reason, show it to the user.",
        pitfalls: "Returning 401 for permission failures, or 403 for a missing or expired token, \
            breaks clients that re-authenticate only on 401. Answering 403 for some hidden \
            resources and 404 for others lets an attacker tell them apart, so if you conceal \
            existence, do it consistently.",
        headers: [],
        related: [Unauthorized, NotFound],
        terms: [
            "permission denied", "access denied", "not allowed", "insufficient permissions",
            "no access", "banned", "blocked", "admin only", "suspended", "role",
        ],
    }

    404 NotFound NOT_FOUND "Not Found", RFC 9110 Section "15.5.5" [CACHEABLE] {
        summary: "Nothing is available at this URI as far as the server will admit, with no \
            statement about whether the absence is temporary or permanent.",
        use_when: "Send 404 when the target URI does not map to anything you can serve, \
            including unknown identifiers in a path. It is also a legitimate way to conceal a \
            resource the caller is not allowed to see, where 403 would confirm that it exists. \
            If you know the resource was removed on purpose and will not return, 410 says so \
            more precisely, and if the resource exists but does not support the method, use 405.",
        when_received: "Check the URI for typos, a wrong identifier, a stale link or an outdated \
            API version before trying again; the identical request will normally keep failing. \
            Because 404 makes no claim of permanence, a later attempt may succeed, for example \
            once the resource has been created, but nothing in the response says when.",
        pitfalls: "404 is heuristically cacheable, so without explicit cache controls a cache \
            may keep serving it for a while after the resource appears. Answering a wrong method \
            with 404 instead of 405, or serving a not-found page with status 200 (a soft 404), \
            misleads both clients and crawlers.",
        headers: [],
        related: [Gone, Forbidden, MethodNotAllowed],
        terms: [
            "missing", "does not exist", "no such", "unknown id", "broken link", "dead link",
            "typo", "wrong url",
        ],
    }

    405 MethodNotAllowed METHOD_NOT_ALLOWED "Method Not Allowed", RFC 9110 Section "15.5.6"
        [CACHEABLE] {
        summary: "This resource does not allow the request method, although the server knows the \
            method; the Allow field lists what the resource accepts.",
        use_when: "Send 405 when a recognized, implemented method is not allowed on this \
            particular resource, such as DELETE on a read-only collection, and you must include \
            an Allow header listing the methods the resource currently supports. That list may \
            be empty, meaning the resource accepts no methods at the moment, for example while \
            it is disabled by configuration. If the server does not recognize or implement the \
            method for any resource at all, RFC 9110 recommends 501 instead.",
        when_received: "Read Allow and switch to one of the listed methods, or target a \
            different resource; repeating the same method against this URI will keep failing. An \
            empty Allow value means nothing is currently permitted on the resource.",
        pitfalls: "Frameworks often emit 405 without Allow, or with an Allow value that does not \
            match what the route really accepts; the first breaks a requirement of RFC 9110 and \
            both mislead clients. A 405 is heuristically cacheable, so a temporary restriction \
            can linger in caches unless explicit cache controls are sent. Using 404 or 400 for a \
            wrong method hides the useful hint that another method would work.",
        headers: [
            "Allow" Must "RFC 9110, Section 15.5.6",
        ],
        related: [NotImplemented, NotFound],
        terms: [
            "wrong method", "method not supported", "read only", "post not allowed", "allow header",
        ],
    }

    406 NotAcceptable NOT_ACCEPTABLE "Not Acceptable", RFC 9110 Section "15.5.7" {
        summary: "No available representation matches the client's Accept, Accept-Language or \
            similar negotiation fields, and the server chose not to send a default instead.",
        use_when: "Send 406 only when delivering something the client explicitly ruled out would \
            be worse than failing, for example an endpoint that can produce only CSV when the \
            request accepts nothing but JSON. RFC 9110 equally allows the server to disregard \
            the negotiation field and send its default representation, which is often \
            friendlier, especially for Accept-Language. If the problem is the format of the \
            request content rather than of the response, the right code is 415. The server \
            should include content that lists the available representations and their \
            identifiers so that the user or client can pick one.",
        when_received: "Loosen the Accept family of fields you sent (a lower-weighted */* is a \
            common fallback) or choose one of the alternatives listed in the body, then resend; \
            an unchanged retry will fail the same way.",
        pitfalls: "Some frameworks answer 406 when the request has no Accept header at all, \
            although a missing Accept means any media type is acceptable. Confusing 406 with 415 \
            is common: 406 concerns what the server would send back, 415 concerns what the \
            client sent.",
        headers: [],
        related: [UnsupportedMediaType],
        terms: [
            "accept header", "content negotiation", "cannot produce format",
            "no matching representation", "response format",
        ],
    }

    407 ProxyAuthenticationRequired PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required", RFC 9110 Section "15.5.8"
         {
        summary: "A proxy between client and origin requires the client to authenticate to it \
            before it will forward the request; the proxy-level counterpart of 401.",
        use_when: "407 belongs to proxies: send it when the proxy's own access policy needs \
            credentials that the request lacks or got wrong, and the proxy must include a \
            Proxy-Authenticate header with at least one challenge that applies to that proxy. An \
            origin server asking for the user's credentials sends 401 with WWW-Authenticate \
            instead. Captive portals are a separate case covered by 511, which is meant for \
            intercepting proxies that control network access and is not supposed to carry a \
            challenge.",
        when_received: "Supply credentials for the proxy, not the origin, in a scheme that \
            Proxy-Authenticate offers, and send the request again with them in \
            Proxy-Authorization, replacing any the proxy turned down. If it keeps coming back, \
            the proxy settings or proxy credentials are wrong, which usually needs the user or \
            an administrator to fix.",
        pitfalls: "Emitting 407 from an application server, or putting the challenge in \
            WWW-Authenticate, confuses clients because Authorization and Proxy-Authorization \
            address different parties. A Proxy-Authenticate challenge concerns only the hop that \
            received it, not every hop back to the user agent, so in a chain of proxies the \
            credentials it asks for belong to that one proxy and not to the origin.",
        headers: [
            "Proxy-Authenticate" Must "RFC 9110, Section 15.5.8",
        ],
        related: [Unauthorized, NetworkAuthenticationRequired],
        terms: ["proxy login", "proxy credentials", "corporate proxy", "proxy auth"],
    }

    408 RequestTimeout REQUEST_TIMEOUT "Request Timeout", RFC 9110 Section "15.5.9" [RETRY_UNCHANGED] {
        summary: "The client took too long to send its request, so the server gave up on it and \
            usually closes the connection.",
        use_when: "Send 408 when a client opened a connection or started a request and then did \
            not finish sending it within your read timeout, just before you close that \
            connection. On HTTP/1.1, announce the closure with Connection: close, as RFC 9112 \
            recommends whenever a sender intends to close; HTTP/2 and HTTP/3 forbid that field \
            and use their own shutdown signals. If the slowness was on your side rather than the \
            client's, this is the wrong code: a gateway whose upstream did not answer in time \
            sends 504, and an overloaded server sends 503.",
        when_received: "The server never received your full request, and RFC 9110 allows \
            repeating it, on a new connection if the current one is closed or no longer usable. \
            If 408 keeps recurring, look for slow uploads, stalled streams or connections left \
            idle too long.",
        pitfalls: "Using 408 for slow backend processing or database timeouts blames the client \
            for a server-side problem that belongs in the 5xx class. Some servers send an \
            unsolicited 408 on an idle keep-alive connection just before closing it, so a client \
            that has just written a new request there may receive it and should retry on a fresh \
            connection.",
        headers: [
            "Connection" May "RFC 9112, Section 9.6" when "it carries the close option, on HTTP/1.1",
        ],
        related: [GatewayTimeout, ServiceUnavailable],
        terms: [
            "client too slow", "idle connection", "slow client", "slowloris",
            "request took too long",
        ],
    }

    409 Conflict CONFLICT "Conflict", RFC 9110 Section "15.5.10" {
        summary: "The request is incompatible with the target resource's present state, such as \
            a duplicate, an edit collision or a disallowed state transition.",
        use_when: "Send 409 when the request is valid in itself but cannot be applied to the \
            resource as it is now: creating something that already exists, a PUT whose changes \
            collide with an edit someone else made meanwhile, or an action the current state \
            does not permit. The body should tell the user what clashed, such as the field in \
            dispute or the current version, and RFC 9457 problem details are a good vehicle for \
            it. If the client sent If-Match or If-Unmodified-Since and that check failed, answer \
            412, and if the content is invalid regardless of state, 422 fits better.",
        when_received: "Fetch the current state of the resource, reconcile or merge your change \
            with it (or let the user decide), and then resubmit; sending the identical request \
            again usually conflicts again.",
        pitfalls: "A common misuse is returning 409 for ordinary validation errors that have \
            nothing to do with current state, where 400 or 422 is clearer. Detecting lost \
            updates by ad hoc comparison and replying 409 is weaker than asking clients to send \
            If-Match with an ETag, which makes the race explicit and yields 412.",
        headers: [],
        related: [PreconditionFailed, UnprocessableContent],
        terms: [
            "duplicate", "already exists", "already registered", "taken", "version mismatch",
            "edit conflict", "concurrent update", "unique constraint", "state conflict",
        ],
    }

    410 Gone GONE "Gone", RFC 9110 Section "15.5.11" [CACHEABLE] {
        summary: "The target resource has been intentionally removed from the origin server, \
            probably for good, and its owner would like links to it removed.",
        use_when: "Send 410 when you know the resource is deliberately and permanently gone, \
            such as an expired promotion, a closed account page or a retired API version. If you \
            cannot tell whether the absence is permanent, RFC 9110 says 404 ought to be used \
            instead. If the content merely moved to a new URI, redirect with 301 or 308 rather \
            than reporting it gone. Using 410 is optional, and you may stop sending it whenever \
            you choose.",
        when_received: "Treat it as final: stop requesting the URI, remove bookmarks or stored \
            links to it, and do not retry. Crawlers and link checkers can drop the URI from \
            their index.",
        pitfalls: "410 is heuristically cacheable, so a 410 sent by mistake can persist in \
            caches and search indexes; be sure before using it, or send explicit cache controls. \
            Returning 410 for a resource that has only moved hides the new location from clients \
            that could have followed a redirect.",
        headers: [],
        related: [NotFound, MovedPermanently, PermanentRedirect],
        terms: [
            "deleted", "removed", "removed permanently", "soft delete", "retired", "discontinued",
            "no longer available", "sunset",
        ],
    }

    411 LengthRequired LENGTH_REQUIRED "Length Required", RFC 9110 Section "15.5.12" {
        summary: "The server wants the size of the request content stated up front in \
            Content-Length and will not take the request without it.",
        use_when: "Send 411 when a request carries content without Content-Length, for example a \
            chunked upload, and your server or backend needs the size before reading the body; \
            RFC 9112 allows an HTTP/1.1 server to reject such requests this way. Accept the \
            chunked transfer coding when you can, because RFC 9112 notes that some services \
            answer chunked requests with 411 even though they understand the coding, which \
            forces clients to buffer whole uploads. If a Content-Length is present but exceeds \
            your limit, the answer is 413, and if its value is malformed, 400.",
        when_received: "Resend the request with a valid Content-Length giving the exact size of \
            the content, which RFC 9110 explicitly permits; for a streamed body this may mean \
            buffering it first to learn its length.",
        pitfalls: "In HTTP/1.1 a request with neither Content-Length nor Transfer-Encoding \
            simply has zero-length content, so rejecting it with 411 mainly catches clients that \
            omit Content-Length: 0 on an empty POST, which RFC 9110 says user agents should \
            normally send. Streaming clients that cannot know the size in advance need a \
            fallback for servers that insist on it.",
        headers: [],
        related: [ContentTooLarge, BadRequest],
        terms: ["content-length missing", "length missing", "chunked not accepted"],
    }

    412 PreconditionFailed PRECONDITION_FAILED "Precondition Failed", RFC 9110 Section "15.5.13" {
        summary: "The request's If-Match, If-Unmodified-Since or similar condition did not hold \
            on the server, so the method was not applied.",
        use_when: "Send 412 when a conditional header fails: If-Match or If-Unmodified-Since no \
            longer matches the current representation (the usual lost-update guard on PUT, PATCH \
            or DELETE), or If-None-Match matches on a method other than GET or HEAD. For a \
            failed If-None-Match or If-Modified-Since on GET or HEAD the answer is 304, not 412, \
            and if a state change evidently was already applied, RFC 9110 also allows a 2xx \
            instead. Use 409 when no precondition was sent and the clash is found in the \
            resource state itself, and 428 when you want to force clients to send a precondition \
            in the first place. Evaluate preconditions only once the request would otherwise \
            succeed: if it would get a 404, a 403, a redirect or another error without them, \
            that answer wins and the conditions are ignored.",
        when_received: "The resource changed since you last read it, or your validator is stale: \
            fetch it again to get the current ETag or Last-Modified, reapply your change (or let \
            the user reconcile it) and retry with the new validator. Never strip the \
            precondition just to force the write through, as that reintroduces the lost update \
            it was guarding against.",
        pitfalls: "Comparing entity tags with the wrong function produces 412 on every attempt; \
            If-Match requires strong comparison, so a weak ETag never matches it. Returning 412 \
            for business-rule failures that involve no conditional header is a misuse; that is \
            territory for 409 or 422.",
        headers: [],
        related: [Conflict, PreconditionRequired, NotModified],
        terms: [
            "if-match failed", "etag mismatch", "stale etag", "etag does not match", "lost update",
            "optimistic locking", "if-unmodified-since",
        ],
    }

    413 ContentTooLarge CONTENT_TOO_LARGE "Content Too Large", RFC 9110 Section "15.5.14",
        was PayloadTooLarge ("Payload Too Large", "RFC 7231"),
            RequestEntityTooLarge ("Request Entity Too Large", "RFC 2616") {
        summary: "The request content exceeds the size the server accepts, so it refused the \
            request; this code was once named Payload Too Large.",
        use_when: "Send 413 when the declared Content-Length or the bytes actually received \
            exceed your body or upload limit. You need not read the rest: on HTTP/2 and HTTP/3, \
            send the complete response and then tell the client to stop sending with a stream \
            reset that carries no error (RST_STREAM or STOP_SENDING), and on HTTP/1.1 send \
            Connection: close and close in stages, shutting down only your sending side first \
            and reading and discarding what still arrives for a while before closing completely, \
            as RFC 9112, Section 9.6 describes. If the limit is temporary, for example a reduced \
            upload cap during peak load, you should add Retry-After to show when the client may \
            try again. Oversized header fields call for 431 and an overlong URI for 414, not \
            413.",
        when_received: "Reduce what you send: compress it if the server accepts compressed \
            request content, split it into smaller parts, or use the service's multipart or \
            resumable upload mechanism if there is one. Retry the same request only when \
            Retry-After is present, which marks the condition as temporary, and wait at least \
            that long.",
        pitfalls: "A server that closes the connection outright while the client is still \
            uploading makes the client's TCP stack receive a reset, which can discard the 413 \
            before the client has read it; this is why uploaders often report a connection reset \
            instead of the status. The limit is often enforced by a reverse proxy, load balancer \
            or API gateway before the application sees the request, so the application's own \
            error format and configured limits may not apply. Clients that upload large bodies \
            without Expect: 100-continue may transmit megabytes only to get 413 at the end, \
            whereas with it the server can refuse before the body is sent.",
        headers: [
            "Retry-After" Should "RFC 9110, Section 15.5.14" when "the condition is temporary",
        ],
        related: [RequestHeaderFieldsTooLarge, UriTooLong],
        terms: [
            "too big", "too large", "upload limit", "file size", "max body size",
            "payload too large",
        ],
    }

    414 UriTooLong URI_TOO_LONG "URI Too Long", RFC 9110 Section "15.5.15",
        was RequestUriTooLong ("Request-URI Too Long", "RFC 2616")
        [CACHEABLE] {
        summary: "The target URI, often because of an oversized query string, is longer than the \
            server accepts.",
        use_when: "Send 414 when the request target exceeds the URI length you accept; for \
            HTTP/1.1, RFC 9112 makes this code mandatory for a request-target longer than any \
            URI the server wishes to parse. RFC 9110 recommends supporting URIs of at least 8000 \
            octets, so keep limits at or above that unless you have a reason. Typical causes are \
            bulky data packed into a GET query that belongs in a POST body, redirect loops that \
            keep lengthening the URI, and probing attacks. Oversized header fields are 431 and \
            an oversized body is 413.",
        when_received: "Shorten the URI by moving bulky parameters into the request content (for \
            example a POST search endpoint) or dropping redundant ones, and check for a redirect \
            loop that grows the URI on each round. Resending the same URI will fail again.",
        pitfalls: "414 is heuristically cacheable, so caches may reuse it for the same URI \
            without explicit freshness information. Browsers, proxies and CDNs impose their own, \
            sometimes lower, URI limits, so a URI that works in testing can fail in production \
            behind an intermediary; keep long inputs out of URIs by design. Older code and \
            documentation know it as Request-URI Too Long, its name in RFC 2616, which Python's \
            REQUEST_URI_TOO_LONG and Go's StatusRequestURITooLong still carry.",
        headers: [],
        related: [ContentTooLarge, RequestHeaderFieldsTooLarge],
        terms: ["long url", "query string too long", "url too long"],
    }

    415 UnsupportedMediaType UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type", RFC 9110 Section "15.5.16"
         {
        summary: "The request content is in a media type or content coding that this resource \
            does not take for this method.",
        use_when: "Send it when the request's Content-Type or Content-Encoding is not one you \
            handle for this method and resource, or when inspecting the bytes shows they are not \
            in a format you support. Name what you do take: Accept for media types, \
            Accept-Encoding when the problem is a content coding, and for a PATCH with an \
            unknown patch document format RFC 5789 says the response should include \
            Accept-Patch. If the format is supported and parses but the values make no sense, \
            use 422; if the trouble is the response format the client demanded via Accept, that \
            is 406, not 415.",
        when_received: "The server cannot read the format you sent, so an identical retry will \
            fail; look at Accept, Accept-Encoding or Accept-Patch in the response and resend the \
            content in a listed format with a matching Content-Type, or without the unsupported \
            coding.",
        pitfalls: "A missing Content-Type, or a client library that silently defaults to form \
            encoding or text/plain, is the usual trigger, and servers make it worse by returning \
            a bare 415 that lists nothing acceptable. RFC 9110, Section 12.5.3 says a 415 \
            unrelated to content coding must not carry Accept-Encoding, because that field tells \
            the client its compression was the problem.",
        headers: [
            "Accept" May "RFC 9110, Section 15.5.16" when "the media type was the problem",
            "Accept-Encoding" May "RFC 9110, Section 12.5.3" when "a content coding was the problem",
            "Accept-Patch" May "RFC 5789, Section 3.1" when "a PATCH document format was the problem",
            "Accept-Encoding" MustNot "RFC 9110, Section 12.5.3" when "the problem had nothing to do with content coding",
        ],
        related: [UnprocessableContent, NotAcceptable],
        terms: [
            "wrong content type", "unsupported format", "unsupported encoding",
            "format not supported", "unsupported file type", "xml instead of json",
        ],
    }

    416 RangeNotSatisfiable RANGE_NOT_SATISFIABLE "Range Not Satisfiable", RFC 9110 Section "15.5.17",
        was RequestedRangeNotSatisfiable ("Requested Range Not Satisfiable", "RFC 2616") {
        summary: "The Range field asked only for parts the representation does not have, or for \
            so many small or overlapping pieces that the server refused.",
        use_when: "Send it when every requested range lies wholly past the end of the data, for \
            example bytes=1000- against an 800-byte file or a zero-length suffix such as \
            bytes=-0, or when the range set is so fragmented that it looks like a \
            denial-of-service attempt. For a byte-range request the response should carry \
            Content-Range in the unsatisfied form bytes */complete-length, such as bytes */800. \
            A range that starts inside the data but ends past it is satisfiable and gets clamped \
            into a 206, and when If-Range does not match, Range must be ignored and the full \
            representation sent with 200 rather than a 416.",
        when_received: "Your offsets point beyond the representation, often because it shrank or \
            changed; read the complete length from Content-Range (if it equals what you already \
            hold, a resumed download was already complete), otherwise discard stale partial data \
            and request a valid range or the whole resource. Do not rely on receiving 416 at \
            all: a server may ignore Range and answer the same request with a full 200.",
        pitfalls: "Many servers omit Content-Range on a 416 or send it in the 206 form, so the \
            client cannot learn the real length. Another common bug is raising 416 when only the \
            last-pos overshoots the length, although RFC 9110, Section 14.1.2 treats such a \
            range as running to the final byte.",
        headers: [
            "Content-Range" Should "RFC 9110, Section 15.5.17" when "the request asked for byte ranges",
        ],
        related: [PartialContent, Ok],
        terms: ["range out of bounds", "invalid range", "past the end", "bad byte range"],
    }

    417 ExpectationFailed EXPECTATION_FAILED "Expectation Failed", RFC 9110 Section "15.5.18" {
        summary: "A server on the path, whether a proxy or the origin, cannot honor what the \
            request's Expect field asked of it.",
        use_when: "Send it when Expect contains a member other than 100-continue that you do not \
            support; RFC 9110, Section 10.1.1 allows, but does not require, a 417 in that case. \
            It is not the way to turn down a 100-continue upload you dislike: 100 means go ahead \
            and send the content, and a request you will not accept should get the final status \
            that names the real problem, such as 401, 413 or 415. Unlike 412, which reports that \
            an If-* precondition evaluated false, 417 concerns only the Expect field.",
        when_received: "If the request carried Expect: 100-continue, RFC 9110, Section 10.1.1 \
            says the client should send it again without that expectation, because the 417 most \
            likely means a hop on the path (an HTTP/1.0 server, for example) cannot handle \
            expectations. Any other expectation should be dropped or replaced, since repeating \
            it unchanged will fail the same way.",
        pitfalls: "Some proxies and servers reject any Expect field, including 100-continue, \
            with 417, which breaks clients such as curl that add Expect: 100-continue to large \
            uploads on their own. Clients that treat 417 as final rather than retrying without \
            the expectation turn a minor interoperability gap into a hard failure.",
        headers: [],
        related: [Continue, PreconditionFailed],
        terms: ["expect header", "expectation", "100-continue refused"],
    }

    /// The registry lists 418 as "(Unused)". RFC 2324, an April Fools' RFC,
    /// gave it the phrase "I'm a teapot", and enough software answers with it
    /// that RFC 9110 reserves the code rather than assign it to anything
    /// else. Recognise it when it arrives; a real API has no reason to send
    /// it.
    418 ImATeapot IM_A_TEAPOT "I'm a teapot", RFC 9110 Section "15.5.19" {
        summary: "The code is reserved and unused in HTTP; it comes from RFC 2324, the 1998 \
            April Fools' joke about coffee pots, and has no HTTP meaning.",
        use_when: "Do not send it from a real API or website: RFC 9110, Section 15.5.19 keeps \
            the number reserved only because the joke was deployed so widely that it could not \
            safely be given another meaning, and the IANA registry lists it as unused. Pick the \
            code that states the actual condition instead, such as 403 to refuse a client you \
            have identified, 429 to push back on excessive traffic, or 400 for a request that is \
            malformed.",
        when_received: "Handle it like any unrecognized 4xx code, which RFC 9110, Section 15 \
            says to treat as 400; it is usually an easter egg or a deliberately odd refusal \
            aimed at bots, so read the body for clues and do not build retry logic around it.",
        pitfalls: "Frameworks ship a constant for it, which tempts developers to use it as a \
            joke or an anti-scraping signal, yet monitoring, client libraries and users just see \
            an unexplained client error. It is often described as an official HTTP status, but \
            it was only ever defined for the joke coffee-pot protocol and carries no HTTP \
            semantics.",
        headers: [],
        related: [Forbidden, TooManyRequests, BadRequest],
        terms: ["teapot", "joke", "april fools", "easter egg", "htcpcp"],
    }

    421 MisdirectedRequest MISDIRECTED_REQUEST "Misdirected Request", RFC 9110 Section "15.5.20"
        [RETRY_ON_ANOTHER_CONNECTION] {
        summary: "The connection the request used leads to a server that does not answer for the \
            requested origin, a mismatch most often caused by reusing one connection for several \
            host names.",
        use_when: "An origin server, or a gateway acting for it, sends 421 when the target URI's \
            origin, its scheme, host and port taken together, is not one it is configured to \
            serve, or does not fit the connection the request arrived on, as when an HTTP/2 or \
            HTTP/3 client sends a request for another host over a connection whose certificate \
            also covers that name. A port the server does not answer for on that connection \
            makes a request just as misdirected as a foreign host does. A proxy must not \
            generate 421. A request with a missing, duplicated or invalid Host is malformed and \
            gets 400, and a path on a host you do serve that has nothing behind it gets 404; 421 \
            says the connection was the wrong one, not the request or the resource.",
        when_received: "Send the same request again, but over a different connection: open a new \
            one dedicated to the target's origin, or use an alternative service that origin \
            advertised. RFC 9110, Section 15.5.20 allows this retry even for a method that is \
            not idempotent, such as POST, because the server did not act on the request. Stop \
            sending requests for that origin over the connection that produced the 421.",
        pitfalls: "Servers behind TLS terminators or wildcard certificates often answer such \
            coalesced requests with 404 or the default virtual host's content instead of 421, \
            which gives clients wrong data and no hint to reconnect. Clients and libraries that \
            treat 421 as a final error instead of retrying on a new connection produce spurious \
            failures, most visibly for POST.",
        headers: [],
        related: [BadRequest, NotFound],
        terms: ["wrong host", "misdirected", "connection reuse", "certificate mismatch", "sni"],
    }

    422 UnprocessableContent UNPROCESSABLE_CONTENT "Unprocessable Content", RFC 9110 Section "15.5.21",
        was UnprocessableEntity ("Unprocessable Entity", "RFC 4918") {
        summary: "The request content is well-formed and of a supported type, but its meaning is \
            invalid, so the server cannot process what it asks for.",
        use_when: "Send it when the content is in a format you accept and parses without error, \
            yet its meaning is unusable: an order whose end date precedes its start date, a \
            field value outside the allowed set, or a PATCH that would leave the resource \
            invalid. Send 400 instead when the message itself is malformed (truncated JSON, \
            broken framing, an unparseable query), 415 when the format is one you do not accept, \
            and 409 when the request is sound on its own but collides with the current state of \
            the resource, such as a patch that assumes an element which no longer exists.",
        when_received: "The request reached the application and was rejected on its merits, so \
            resending it unchanged will fail the same way; read the error details in the body, \
            usually a list of offending fields, correct the values and try again.",
        pitfalls: "Teams split arbitrarily between 400 and 422 for validation errors, so \
            document which one your API uses and return machine-readable details (for example \
            application/problem+json) either way. The older name Unprocessable Entity comes from \
            WebDAV's RFC 4918; RFC 9110 now defines the code for all of HTTP as Unprocessable \
            Content.",
        headers: [],
        related: [BadRequest, Conflict, UnsupportedMediaType],
        terms: [
            "validation", "invalid field", "business rule", "semantic error", "constraint",
            "invalid value", "out of range", "too short", "out of stock",
        ],
    }

    423 Locked LOCKED "Locked", RFC 4918 ("11.3") {
        summary: "A WebDAV lock on the target or destination resource blocks the request, \
            usually because the matching lock token was not submitted.",
        use_when: "Send it from a WebDAV server, or a service with comparable locking, when a \
            write such as PUT, DELETE, MOVE or PROPPATCH hits a locked resource without the lock \
            token in an If header, or when a LOCK request conflicts with an existing lock. RFC \
            4918, Section 11.3 says the body should carry a precondition or postcondition \
            element such as lock-token-submitted or no-conflicting-lock. When nothing is locked \
            but the request clashes with the resource's state in some other way, use 409.",
        when_received: "The resource is locked, possibly by your own earlier LOCK: if you hold \
            the lock, resend with its token in the If header; otherwise wait for the owner to \
            release it or for it to time out, and retry later.",
        pitfalls: "Clients that took a lock often forget to send the token on later writes, \
            including writes to members of a locked collection, and so lock themselves out. A \
            207 Multi-Status response can report 423 for individual members while its own status \
            is 207, so a client that checks only the top-level code misses which resources were \
            blocked.",
        headers: [],
        related: [Conflict, MultiStatus],
        terms: ["file locked", "lock", "checked out", "webdav lock"],
    }

    424 FailedDependency FAILED_DEPENDENCY "Failed Dependency", RFC 4918 ("11.4") {
        summary: "This part of a WebDAV request was not carried out because it hinged on another \
            action that failed, usually another instruction of the same request, whatever their \
            order.",
        use_when: "Use it in WebDAV-style batch operations, usually as a per-item status inside \
            a 207 Multi-Status body (207 is the overall envelope, 424 marks individual entries): \
            when one instruction in an all-or-nothing PROPPATCH fails, every other instruction, \
            whether it came before or after the culprit, is reported as 424 while the culprit \
            gets its own code, such as 403 or 409; in the PROPPATCH example of RFC 4918, Section \
            9.2.2, the first instruction gets 424 because the second one failed. Do not use it \
            for an outage of a backend service or database your server depends on; that is a \
            server-side failure better reported as 502, 503 or 504.",
        when_received: "The 424 itself is not the root cause: look in the same Multi-Status body \
            for the item that failed with a different code, fix that, and resend the whole \
            batch, since the dependent operations were not carried out.",
        pitfalls: "APIs often misuse 424 to report that an upstream dependency such as a payment \
            provider failed, which wrongly tells the client its own request was at fault; a 502 \
            from a gateway, or another 5xx, says that correctly. Clients also tend to retry the \
            424 items one by one without addressing the single failing operation that caused \
            them.",
        headers: [],
        related: [MultiStatus, BadGateway],
        terms: ["dependency failed", "earlier failure", "batch failure", "depends on"],
    }

    425 TooEarly TOO_EARLY "Too Early", RFC 8470 ("5.2") [RETRY_AFTER_HANDSHAKE] {
        summary: "The server will not take the chance of acting on a request that an attacker \
            could replay, typically one that arrived in TLS 1.3 early data before the handshake \
            finished.",
        use_when: "Send it when a request arrived in early data (0-RTT), or carries Early-Data: \
            1 added by an intermediary, and a replay could cause harm, for example a POST that \
            moves money. RFC 8470 says a server should not send 425 unless one of those two \
            conditions holds, because otherwise it cannot assume the client is able to retry. \
            Requests whose replay would be harmless do not need it.",
        when_received: "The server did not act on the request; a user agent that sent it in \
            early data should send it again by itself as soon as the TLS handshake has \
            completed, this time outside early data. Unlike 429, no waiting period or \
            Retry-After is involved: the repeat is appropriate as soon as the handshake is done.",
        pitfalls: "A gateway that accepts 0-RTT must not forward early data to an origin unless \
            it knows that origin understands Early-Data and will answer 425, and when unsure it \
            should hold the request until the handshake completes or reply 425 itself. An \
            intermediary that forwarded a request containing Early-Data must pass the 425 back \
            instead of retrying it, and a 425 is not cacheable by default.",
        headers: [],
        related: [TooManyRequests],
        terms: ["early data", "0-rtt", "replay", "tls early data"],
    }

    426 UpgradeRequired UPGRADE_REQUIRED "Upgrade Required", RFC 9110 Section "15.5.22" {
        summary: "The server turns this request down on the current protocol and names, in \
            Upgrade, the protocol the client would have to switch to.",
        use_when: "Send it when a resource is only served over a different protocol, for example \
            an endpoint that insists on a WebSocket handshake; you must include an Upgrade field \
            listing the acceptable protocols in descending order of preference, together with \
            Connection: upgrade, which RFC 9110, Section 7.8 requires of any sender of Upgrade. \
            If the server simply does not support the HTTP major version used, 505 is the code; \
            to move plain-HTTP visitors to HTTPS, redirect them with 301 or 308 (and use HSTS), \
            because browsers do not perform a TLS upgrade in response to 426.",
        when_received: "The server is telling you which protocol it wants: read Upgrade and \
            repeat the request with a matching Upgrade and Connection: upgrade, where a \
            successful switch comes back as 101, or connect with that protocol directly if your \
            client cannot upgrade in place. Retrying without changing protocol will fail again.",
        pitfalls: "Omitting Upgrade breaks a requirement of RFC 9110 and leaves the client \
            guessing what to switch to. Upgrade is a hop-by-hop HTTP/1.1 mechanism (the \
            Connection: upgrade option keeps proxies from forwarding it), and HTTP/2 and HTTP/3 \
            support neither it nor 101, so a 426 on those connections forces the client to reach \
            the required protocol some other way.",
        headers: [
            "Upgrade" Must "RFC 9110, Section 15.5.22",
            "Connection" Must "RFC 9110, Section 7.8" when "it carries the upgrade option",
        ],
        related: [SwitchingProtocols, HttpVersionNotSupported, PermanentRedirect],
        terms: ["use tls", "use https", "newer protocol", "protocol upgrade"],
    }

    428 PreconditionRequired PRECONDITION_REQUIRED "Precondition Required", RFC 6585 ("3") {
        summary: "The server will act on this request only if it is conditional, for example \
            carrying If-Match, and it was not.",
        use_when: "Send it when a state-changing request such as PUT, PATCH or DELETE arrives \
            with no If-Match or If-Unmodified-Since and your API demands optimistic concurrency, \
            so that a client cannot overwrite changes it never saw (the lost update problem). \
            RFC 6585 says the response should explain how to resubmit successfully, for instance \
            by fetching the resource and echoing its ETag in If-Match. If the request did carry \
            a precondition and it evaluated false, the answer is 412, not 428; 409 is for \
            conflicts with resource state that no precondition header expressed.",
        when_received: "Fetch the current representation with GET or HEAD to obtain its ETag or \
            Last-Modified, then repeat the request with If-Match or If-Unmodified-Since set from \
            it; be ready for a 412 if someone else changes the resource in between.",
        pitfalls: "Requiring preconditions while serving only weak ETags, which If-Match never \
            matches because it uses strong comparison, or no validators at all, leaves clients \
            unable to comply. Responses with 428 must not be stored by a cache, and answering \
            428 to a request that did have a failing precondition misleads the client into \
            thinking it left one out.",
        headers: [],
        related: [PreconditionFailed, Conflict],
        terms: [
            "if-match required", "conditional request required", "lost update", "missing etag",
            "precondition missing",
        ],
    }

    429 TooManyRequests TOO_MANY_REQUESTS "Too Many Requests", RFC 6585 ("4") [RETRY_UNCHANGED] {
        summary: "This client has gone over the server's rate limit and has to slow down before \
            its requests are served again.",
        use_when: "Send it when a particular client, user, API key or token exceeds a request \
            quota; the response should explain the limit and may include Retry-After, which \
            clients rely on in practice, so send it whenever you can compute it. If the whole \
            service is overloaded or down for maintenance regardless of who is asking, use 503 \
            instead: 429 tells this requester to slow down, 503 says the server cannot serve \
            anyone right now.",
        when_received: "Back off: wait at least as long as Retry-After says (delay-seconds or an \
            HTTP-date), or use exponential backoff with jitter if it is absent, then retry; \
            lowering concurrency or batching calls keeps you under the limit. Retrying \
            immediately in a tight loop only prolongs the throttling.",
        pitfalls: "RFC 6585, Section 4 says a 429 must not be stored by a cache, so make sure a \
            CDN or reverse proxy never caches it and throttles every later visitor. Some APIs \
            signal rate limiting with 403, which hides the temporary, per-requester nature of \
            the condition, and under a real flood RFC 6585 notes that dropping connections may \
            be wiser than answering every request with 429.",
        headers: [
            "Retry-After" May "RFC 6585, Section 4",
        ],
        related: [ServiceUnavailable, Forbidden],
        terms: [
            "rate limit", "throttled", "quota", "too many calls", "rate limited", "slow down",
            "limit exceeded", "retry-after",
        ],
    }

    431 RequestHeaderFieldsTooLarge REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large", RFC 6585 ("5")
         {
        summary: "The header section of the request exceeds a size limit of the server, because \
            of one oversized field or the total of all of them.",
        use_when: "Send it when the header section exceeds your limit, whether the culprit is \
            one field (a bloated Cookie or a huge Authorization token) or the combined size; \
            when a single field is at fault, the body should say which one. Oversized content is \
            413 and an overlong target URI is 414, both separate limits from the header section. \
            Under attack, RFC 6585 notes that simply closing the connection may be preferable to \
            composing 431 replies.",
        when_received: "Shrink the headers before retrying: clear stale or oversized cookies for \
            the site, drop unnecessary custom fields, or use a shorter token, then resend, \
            because an identical retry will fail again. In browsers the usual cause is cookies \
            piling up on one domain, which clearing that site's cookies fixes.",
        pitfalls: "Dropping or truncating oversized fields and processing the rest is no \
            alternative: RFC 9110, Section 5.4 requires a 4xx answer, because a server that \
            ignores fields it found too large is easier to attack with request smuggling. Many \
            servers and proxies report this condition as a plain 400 with only a text hint, so \
            clients cannot detect it programmatically. The limit is often enforced by a load \
            balancer or proxy in front of the application, so raising the application's limit \
            alone does not help, and 431 responses must not be stored by a cache.",
        headers: [],
        related: [ContentTooLarge, UriTooLong, BadRequest],
        terms: ["header too large", "cookie too large", "big headers", "too many headers"],
    }

    451 UnavailableForLegalReasons UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable For Legal Reasons", RFC 7725 ("3")
        [CACHEABLE] {
        summary: "The resource is withheld to comply with a legal demand, such as a court order \
            or a government-mandated block.",
        use_when: "Send it when you, or an intermediary such as an ISP or search engine, \
            withhold a resource because of a legal demand; the body should explain who made the \
            demand, under which law or regulation, and to which people and resources it applies. \
            RFC 7725 says the response should include a Link field with rel=blocked-by pointing \
            at the entity actually implementing the block (for example the ISP or the site \
            operator), not at the authority that ordered it. Use 403 when access is refused for \
            your own policy or permission reasons, and 404 when you do not want to reveal \
            anything about the resource; 451 openly names law as the reason.",
        when_received: "Treat it as a deliberate refusal rather than an error to retry: the \
            block may depend on your location or on who sits in the network path, so read the \
            body and the blocked-by Link to learn who is blocking and on what legal basis. Do \
            not infer from a 451 that the resource exists: once the block is lifted you may \
            still get a 404 or another error.",
        pitfalls: "The Link field is often pointed at the court or regulator, but the relation \
            is meant to identify the entity that implements the block; the party making the \
            demand belongs in the body. A 451 is cacheable by default, so add explicit cache \
            controls if the block is geographic or may be lifted soon, or caches may keep \
            serving it to users it does not apply to.",
        headers: [
            "Link" Should "RFC 7725, Section 4" when "its rel is blocked-by and it names who blocks the resource",
        ],
        related: [Forbidden, NotFound],
        terms: [
            "legal", "censorship", "court order", "takedown", "dmca", "blocked by law", "sanctions",
        ],
    }

    // 5xx: Server Error, RFC 9110, Section 15.6
    500 InternalServerError INTERNAL_SERVER_ERROR "Internal Server Error", RFC 9110 Section "15.6.1"
         {
        summary: "The server hit a fault of its own, such as an unhandled exception or a bug, \
            and so produced no proper answer to the request.",
        use_when: "Send it as the catch-all for server faults that no more specific 5xx \
            describes. Return a short generic explanation plus an opaque correlation or request \
            id, and keep the details (stack trace, query text, file paths, library versions) in \
            server-side logs keyed by that id. Do not use it for bad input, which belongs to a \
            4xx such as 400 or 422; use 503 for maintenance or overload the client can wait out, \
            and 502 or 504 when you act as a gateway and the upstream failed.",
        when_received: "Assume a server-side defect: the request itself may be fine, but \
            repeating it unchanged usually fails the same way, so do not retry automatically; \
            repeat an idempotent request at most once after a delay, repeat a non-idempotent one \
            only when you know it did not take effect, and quote the correlation id when \
            reporting the problem.",
        pitfalls: "Echoing exception messages or stack traces in the response tells attackers \
            about your code, dependencies and data; log them instead. Mapping every failure to \
            500 hides client mistakes and sets off useless retries and alerts. Frameworks often \
            emit an HTML error page for uncaught errors even in JSON APIs, so install a handler \
            that produces your normal error format.",
        headers: [],
        related: [BadRequest, ServiceUnavailable, BadGateway],
        terms: [
            "crash", "exception", "bug", "unhandled error", "server error", "panic", "stack trace",
            "null pointer",
        ],
    }

    501 NotImplemented NOT_IMPLEMENTED "Not Implemented", RFC 9110 Section "15.6.2" [CACHEABLE] {
        summary: "The server lacks the capability this request calls for, most often because it \
            has no implementation of the request method for any resource.",
        use_when: "Send it when the method is unknown or unsupported across the whole server, \
            for example an origin with no handler at all for PROPFIND or for an invented method; \
            a request whose Transfer-Encoding names a coding you do not implement should also \
            get 501, as RFC 9112, Section 6.1 says. If the server knows the method but this \
            particular resource does not allow it (DELETE on a read-only collection, say), send \
            405 with an Allow field listing what is allowed. For a temporary outage send 503, \
            not 501, because a 501 is heuristically cacheable and caches may keep serving it \
            after you recover.",
        when_received: "Treat it as a lasting limitation of that server for this method or \
            feature: repeating the identical request will not help, but another method or \
            feature, if you have one, might.",
        pitfalls: "Returning 501 from a route that merely lacks a DELETE branch tells clients \
            the whole server cannot do DELETE; that situation is 405. Since caches may reuse a \
            501 without explicit freshness, one sent by mistake can linger unless you add \
            Cache-Control.",
        headers: [],
        related: [MethodNotAllowed, ServiceUnavailable],
        terms: [
            "unknown method", "method not recognized", "unsupported method", "not supported yet",
            "todo",
        ],
    }

    502 BadGateway BAD_GATEWAY "Bad Gateway", RFC 9110 Section "15.6.3" [RETRY_UNCHANGED] {
        summary: "A gateway or proxy failed to obtain a valid response from the server behind \
            it, because it could not reach that server or what came back was unusable.",
        use_when: "Send it from a proxy, load balancer or API gateway when the attempt to reach \
            the next hop failed without a timeout or its answer was invalid: the DNS lookup \
            failed, the connection was refused, the TLS handshake or the certificate check \
            failed, the connection closed before a complete response arrived, or the response \
            was malformed or larger than you accept, all of which RFC 9209, Section 2.3 maps to \
            502. When the only trouble is that a lookup, a connection or a response took too \
            long, send 504, and if your own code failed rather than a server you called, use \
            500. A Proxy-Status field with an error type such as connection_refused or dns_error \
            tells the client which step failed; keep addresses and other details of your network \
            out of it for clients you do not trust.",
        when_received: "The fault lies between the gateway and the server behind it, not in your \
            request, and a Proxy-Status field, if present, names the error the gateway met. You \
            may retry an idempotent request after a short backoff; contact the operator if the \
            error persists, because the upstream is probably down or misbehaving.",
        pitfalls: "Reporting upstream timeouts as 502, or a refused connection or a failed DNS \
            lookup as 504, blurs the line clients and operators rely on: 504 means the gateway \
            waited too long, 502 means any other failure to get a valid answer. A POST that \
            ended in 502 may already have run upstream before the response broke, so blind \
            retries can duplicate work. When the upstream is down on purpose for maintenance, or \
            the gateway already knows it is down from failed health checks, 503 (with \
            Retry-After when you can estimate the wait) tells clients more than 502.",
        headers: [
            "Proxy-Status" May "RFC 9209, Section 2" when "an intermediary generated the response",
        ],
        related: [GatewayTimeout, InternalServerError, ServiceUnavailable],
        terms: [
            "upstream error", "invalid upstream response", "proxy error", "bad upstream",
            "connection refused", "origin down",
        ],
    }

    503 ServiceUnavailable SERVICE_UNAVAILABLE "Service Unavailable", RFC 9110 Section "15.6.4"
        [RETRY_UNCHANGED] {
        summary: "The server is temporarily refusing work, because it is overloaded or down for \
            maintenance, and expects to recover after a while.",
        use_when: "Send it during planned maintenance, while shedding load, or while a \
            dependency the whole service needs is down, that is, for conditions that affect \
            every client and will pass. Add Retry-After, as delay seconds or an HTTP date, \
            whenever you can estimate recovery; the specification makes it optional, but it is \
            the conventional companion of 503 and clients rely on it. If a single client has \
            exceeded its rate or quota, use 429 instead; if the cause is a defect rather than \
            capacity or maintenance, use 500.",
        when_received: "Back off and try again later, waiting as long as Retry-After says when \
            it is present and using exponential backoff with jitter when it is not.",
        pitfalls: "Omitting Retry-After invites immediate retries that prolong the overload. \
            Using 503 for permanent conditions or for one client's rate limit misleads retry \
            logic. A server under pressure may also refuse connections outright instead of \
            answering 503, so clients need to handle both.",
        headers: [
            "Retry-After" May "RFC 9110, Section 15.6.4",
        ],
        related: [TooManyRequests, InternalServerError],
        terms: [
            "maintenance", "overloaded", "down for maintenance", "unavailable", "temporarily down",
            "capacity", "circuit breaker", "database down",
        ],
    }

    504 GatewayTimeout GATEWAY_TIMEOUT "Gateway Timeout", RFC 9110 Section "15.6.5" [RETRY_UNCHANGED] {
        summary: "A gateway or proxy gave up waiting for the server behind it, so it has no \
            answer to relay.",
        use_when: "Send it from a proxy, load balancer or API gateway when a server it had to \
            reach, the upstream or another it depends on, did not answer in time: the DNS lookup \
            timed out, the connection attempt timed out, the request could not be written in \
            time, or no response, or no further part of one, arrived within your timeout. RFC \
            9209, Section 2.3 maps each of these timeouts to 504 and names them for a \
            Proxy-Status field, as dns_timeout, connection_timeout, connection_write_timeout, \
            connection_read_timeout and http_response_timeout. A refused connection, a DNS \
            lookup that failed outright, a connection closed mid-response or a TLS failure is a \
            502, not a 504, and if the client was the slow party and never finished sending its \
            request, the code is 408.",
        when_received: "The request may or may not have been processed upstream; retry \
            idempotent requests with backoff, and for non-idempotent ones check the resulting \
            state (or use an idempotency key) before trying again. Proxy-Status, when the \
            gateway sends it, says which wait ran out.",
        pitfalls: "Proxy timeouts shorter than the backend's processing time yield 504s for work \
            that later completes, so align timeouts across layers or move long jobs to 202 plus \
            a status resource. An origin that is not acting as a gateway should not report its \
            own slowness as 504; that is its own failure (500) or overload (503).",
        headers: [
            "Proxy-Status" May "RFC 9209, Section 2" when "an intermediary generated the response",
        ],
        related: [BadGateway, RequestTimeout],
        terms: [
            "upstream timeout", "timed out", "took too long", "backend timeout", "slow backend",
            "proxy timeout",
        ],
    }

    505 HttpVersionNotSupported HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported", RFC 9110 Section "15.6.6"
         {
        summary: "The request used a major HTTP version that this server will not serve, whether \
            from lack of support or by choice.",
        use_when: "Send it when you cannot or will not handle the major HTTP version the request \
            came in, so that this error is the only answer you give in that version; RFC 9110, \
            Section 2.5 lets a server refuse a major version for any reason. Use the content to \
            say why the version is refused and which protocols you do accept. If you would serve \
            the request once the client switches to another protocol, 426 with an Upgrade field \
            is the more useful answer.",
        when_received: "Retry with a protocol version the server supports, in practice HTTP/1.1 \
            or whatever is negotiated during connection setup; the response content may list the \
            supported versions.",
        pitfalls: "A bare 505 with no content leaves the client guessing which version to try, \
            so state the accepted ones. It is rare today because HTTP/2 and HTTP/3 are chosen \
            during connection setup (ALPN, Alt-Svc) rather than by the version string in a \
            request line, so a 505 usually points at a hand-written client or a broken \
            intermediary.",
        headers: [],
        related: [UpgradeRequired],
        terms: ["http version", "http/1.0", "old protocol", "http/2 only"],
    }

    506 VariantAlsoNegotiates VARIANT_ALSO_NEGOTIATES "Variant Also Negotiates", RFC 2295 ("8.1") {
        summary: "The server's transparent content negotiation is set up wrongly: the variant it \
            picked negotiates in turn, so the negotiation has no concrete representation to end \
            on.",
        use_when: "Only a server implementing Transparent Content Negotiation (RFC 2295, \
            published as Experimental) generates it, when a variant listed for a negotiable \
            resource turns out to be another negotiable resource rather than a concrete \
            representation. The fix is on the server: make every variant a plain representation. \
            Ordinary APIs never need it; when no representation matches the client's Accept \
            preferences send 406, and a cycle during a WebDAV Depth: infinity traversal is 508.",
        when_received: "Nothing in the request is wrong and retrying will not help; report it to \
            the site operator, or request a specific variant URI directly if you know one.",
        pitfalls: "Returning 506 for ordinary content negotiation failures is a misuse, because \
            it signals a server-side configuration loop rather than a problem with the client's \
            preferences. Support for RFC 2295 is rare (Apache httpd's mod_negotiation is the \
            best-known implementation), so most clients will handle 506 as just another 5xx.",
        headers: [],
        related: [NotAcceptable, LoopDetected],
        terms: ["negotiation loop", "variant misconfiguration", "transparent negotiation"],
    }

    507 InsufficientStorage INSUFFICIENT_STORAGE "Insufficient Storage", RFC 4918 ("11.5") {
        summary: "The server ran out of room to store what the request would create or change, \
            so it did nothing; more space may become available later.",
        use_when: "Send it when the server cannot keep what a write (PUT, POST, MKCOL, COPY, \
            PROPPATCH and the like) would store because the volume or the account's storage \
            allotment has run out, a condition expected to pass once space is freed or capacity \
            added. It comes from WebDAV (RFC 4918), but status codes are generic and any HTTP \
            service may use it. If this one request's content exceeds what you accept however \
            much space is free, send 413; general overload unrelated to storage is 503.",
        when_received: "Do not retry automatically: a request that a user triggered goes out \
            again only when the user triggers it again (RFC 4918, Section 11.5). Free some space \
            or wait for capacity first.",
        pitfalls: "Using 507 for a per-upload size cap confuses a client-side limit with server \
            capacity, and waiting will never fix it. Treating 507 as permanent is also wrong, \
            since the condition is defined as temporary; tell users what they can delete or how \
            to get more space.",
        headers: [],
        related: [ContentTooLarge, ServiceUnavailable],
        terms: ["disk full", "out of space", "storage quota", "no space left"],
    }

    508 LoopDetected LOOP_DETECTED "Loop Detected", RFC 5842 ("7.2") {
        summary: "A WebDAV request with Depth: infinity ran into a cycle of bindings, so the \
            server abandoned the whole operation.",
        use_when: "Send it from a WebDAV server that supports bindings (RFC 5842) when a Depth: \
            infinity request such as PROPFIND hits a cycle of collection bindings. If the client \
            announced binding support in its DAV request header, a PROPFIND can instead complete \
            with 207, reporting each repeated binding as 208 inside the multistatus, whereas 508 \
            declares the whole operation failed. For other clients 508 is the fallback, either \
            as the top-level status or inside a multistatus already being streamed.",
        when_received: "The collection structure under the target contains a cycle; retry with a \
            finite Depth or fix the bindings, since repeating the same request will fail the \
            same way.",
        pitfalls: "Do not use 508 for HTTP redirect loops or for recursion limits in application \
            code; clients detect redirect loops themselves, and application failures belong \
            under 500 or a 4xx. Sending 208 to clients that never advertised binding support can \
            confuse them, which is exactly the case 508 exists for.",
        headers: [],
        related: [AlreadyReported, MultiStatus],
        terms: ["infinite loop", "depth infinity", "cycle", "circular binding"],
    }

    /// The registry's description is "Not Extended (OBSOLETED)": RFC 2774,
    /// the HTTP Extension Framework, has been moved to Historic status. The
    /// remark is not part of the reason phrase.
    510 NotExtended NOT_EXTENDED "Not Extended", RFC 2774 ("7") + "Status change of HTTP experiments to Historic"
         {
        summary: "The server wants the request to declare extensions under the HTTP Extension \
            Framework of RFC 2774, and it declared fewer than required.",
        use_when: "It belongs to RFC 2774, an extension framework (Man, Opt and C-Man header \
            fields, M- prefixed methods) that saw little deployment and is now Historic, so new \
            APIs should not send it. Where the framework is in use, describe in the response \
            which extension declarations the request lacked, so the client can build a request \
            that satisfies the policy. For a request missing something your API requires, use \
            400 (or 428 when the missing piece is a precondition such as If-Match), and use 426 \
            when a protocol switch is required.",
        when_received: "Look in the response for the extensions the server expects; add the \
            matching declarations and try again only if you actually implement them, and \
            otherwise surface the response body to the user, since it is the only explanation \
            you will get.",
        pitfalls: "Developers sometimes pick 510 for a missing feature flag or custom header, \
            which misapplies a code tied to a specific Historic framework and gives generic \
            clients nothing to act on. It is also easy to invert with 501: 501 says the server \
            lacks something the client asked for, while 510 says the server wants something the \
            client left out.",
        headers: [],
        related: [NotImplemented, BadRequest],
        terms: ["extension required", "mandatory extension"],
    }

    511 NetworkAuthenticationRequired NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required", RFC 6585 ("6")
         {
        summary: "A captive portal or a similar gateway of the local network wants the user to \
            sign in before it lets traffic through.",
        use_when: "It belongs to the captive portal, the intercepting gateway of a hotel, \
            airport or guest Wi-Fi network that holds back traffic until the user signs in or \
            accepts terms, and it replaces the response the client was waiting for; an origin \
            server has no business sending it. In the body, link to the page where the user \
            signs in, and leave out both the sign-in form and any WWW-Authenticate challenge: \
            the browser displays a 511 at the address the user asked for, so a form there would \
            seem to belong to that site. For an origin server's own login use 401, and for a \
            proxy the client deliberately configured use 407.",
        when_received: "The response came from the network, not from the server you addressed, \
            so do not treat its content as that server's answer; non-browser clients should \
            report that network login is needed, browsers can open the linked login page, and \
            the request can be retried once access is granted.",
        pitfalls: "Caches must not store a 511, otherwise the portal page could be replayed \
            after the user has logged in. Portals that answer with 200 or a 302 to their login \
            page instead of 511 cause API clients to parse HTML as data; 511 exists so software \
            can tell interception apart from the real server's response.",
        headers: [
            "WWW-Authenticate" ShouldNot "RFC 6585, Section 6",
        ],
        related: [Unauthorized, ProxyAuthenticationRequired],
        terms: ["captive portal", "wifi login", "hotspot", "network login", "accept terms"],
    }
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
        // The guidance found for the code is about that code.
        assert!(
            all[i].guidance().code as u16 == code,
            "the guidance of a code is about another code"
        );
        // RFC 9112, Section 6.3 ends only responses without content at
        // their header section.
        assert!(
            !all[i].ends_at_header_section() || !all[i].allows_content(),
            "a code ends at its header section but allows content"
        );
        // One retry condition at most.
        assert!(
            (all[i].semantics() & crate::semantics::RETRY).count_ones() <= 1,
            "a code has more than one retry condition"
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
#[allow(
    dead_code,
    reason = "used only by the compile-time checks, which Rust 1.85 does not count as a use"
)]
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
