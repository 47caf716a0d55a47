#!/usr/bin/env python3
"""`statuscode check` side by side with httplint, the reference peer.

Usage, from the repository's root:

    python3 benches/peer.py                      # print the tables
    python3 benches/peer.py --readme README.md   # also put them in the README

Installs httplint (pinned below) into target/httplint-venv the first time,
and runs again inside that environment. Then, in one run:

1. the command's tests write every exchange of the checker's test cases as
   a HAR file: for each rule, exchanges that break it and twins that keep
   it, and the exchanges that the specifications allow;
2. both tools check each entry of that file; for each rule, the table says
   whether each tool reported it on the entries built to break it, and
   whether it reported it on the twins that keep it (a false alarm); for
   each permission, what each tool reported on an exchange that must draw
   nothing;
3. the same entries, repeated to a few thousand, are checked for time:
   httplint through its Python API in this process (its fastest use: no
   process to start, no file to read), statuscode as the command a user
   runs, on the whole file, start-up, reading and JSON output included.

httplint has its own names for what it reports; HTTPLINT_NOTES below maps
each rule to the notes of httplint that report the same fault (a note about
a field counts only when its subject is that field). A rule that is not in
the map is one httplint has no note for.

Not part of .ci/run: it needs PyPI, and the numbers need a quiet machine.
"""

import argparse
import base64
import contextlib
import json
import math
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HTTPLINT = "httplint==2026.10.4"
ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "target" / "httplint-venv"
WORK = ROOT / "target" / "httplint-comparison"
BEGIN = "<!-- httplint comparison: written by benches/peer.py -->"
END = "<!-- end of httplint comparison -->"
# Entries for the time measurement: the test cases, repeated.
BULK = 20000
RUNS = 5
# The shortest a timing sample may be, in seconds.
SAMPLE = 1.0
# The least ratio of throughputs the command aims for.
GOAL = 100

# rule id -> [(httplint note, subject or None for any)]
HTTPLINT_NOTES = {
    "status-code-range": [("STATUS_NONSTANDARD", None)],
    "status-code-3digit": [("STATUS_CODE_NON_NUMERIC", None)],
    "reason-phrase-syntax": [("STATUS_PHRASE_ENCODING", None)],
    "305-deprecated": [("STATUS_DEPRECATED", None)],
    "306-reserved": [("STATUS_RESERVED", None)],
    "418-reserved": [("STATUS_IM_A_TEAPOT", None)],
    "1xx-no-content": [("CONTENT_NOT_ALLOWED", None)],
    "204-no-content": [("CONTENT_NOT_ALLOWED", None)],
    "205-no-content": [("CONTENT_NOT_ALLOWED", None)],
    "304-no-content": [("CONTENT_NOT_ALLOWED", None)],
    "head-no-content": [("CONTENT_NOT_ALLOWED", None)],
    "connect-2xx-no-framing": [("CONNECT_TUNNEL_FRAMING", None)],
    "cl-with-te": [("CL_AND_TE_PRESENT", None)],
    "content-length-accurate": [("CL_INCORRECT", None)],
    "content-length-syntax": [("CL_BAD_SYNTAX", None)],
    "date-2xx-3xx-4xx": [("DATE_CLOCKLESS", None)],
    "http-date-imf-fixdate": [("BAD_DATE_SYNTAX", None), ("DATE_OBSOLETE", None)],
    "101-protocol-offered": [("UPGRADE_NOT_REQUESTED", None)],
    "201-post-location": [("CREATED_WITHOUT_LOCATION", None)],
    "206-range-request": [("PARTIAL_NOT_REQUESTED", None)],
    "206-single-content-range": [("PARTIAL_WITHOUT_RANGE", None)],
    "206-range-resp-form": [("CONTENT_RANGE_UNSATISFIED_BAD_SC", None)],
    "content-range-valid": [("RANGE_INVALID", None), ("CONTENT_RANGE_INVALID_ASTERISK", None)],
    "content-range-only-206-416": [("CONTENT_RANGE_MEANINGLESS", None)],
    "content-range-syntax": [
        ("CONTENT_RANGE_MISSING_SLASH", None),
        ("CONTENT_RANGE_MISSING_UNIT", None),
        ("BAD_SYNTAX", "field-content-range"),
        ("BAD_SYNTAX_DETAILED", "field-content-range"),
    ],
    "301-location": [("REDIRECT_WITHOUT_LOCATION", None)],
    "302-location": [("REDIRECT_WITHOUT_LOCATION", None)],
    "303-location": [("REDIRECT_WITHOUT_LOCATION", None)],
    "307-location": [("REDIRECT_WITHOUT_LOCATION", None)],
    "308-location": [("REDIRECT_WITHOUT_LOCATION", None)],
    "304-required-fields": [("NO_DATE_304", None)],
    "304-minimal-metadata": [("HEADER_SHOULD_NOT_BE_IN_304", None)],
    "405-method-not-in-allow": [("STATUS_405_METHOD_IN_ALLOW", None)],
    "406-negotiation-fields": [("STATUS_406_WITHOUT_NEGOTIATION", None)],
    "412-precondition-present": [("STATUS_412_WITHOUT_PRECONDITION", None)],
    "416-content-range": [("STATUS_416_WITHOUT_CONTENT_RANGE", None)],
    "416-unsatisfied-range-form": [("CONTENT_RANGE_SATISFIED_IN_416", None)],
    "416-range-request": [("STATUS_416_WITHOUT_RANGE", None)],
    "417-expect": [("STATUS_417_WITHOUT_EXPECT", None)],
    "challenge-syntax": [
        ("BAD_SYNTAX", "field-www-authenticate"),
        ("BAD_SYNTAX_DETAILED", "field-www-authenticate"),
        ("BAD_SYNTAX", "field-proxy-authenticate"),
        ("BAD_SYNTAX_DETAILED", "field-proxy-authenticate"),
    ],
    "retry-after-syntax": [("BAD_SYNTAX", "field-retry-after"), ("BAD_SYNTAX_DETAILED", "field-retry-after")],
    "allow-syntax": [("BAD_SYNTAX", "field-allow"), ("BAD_SYNTAX_DETAILED", "field-allow")],
    "location-syntax": [
        ("LOCATION_BAD_URI", None),
        ("BAD_SYNTAX", "field-location"),
        ("BAD_SYNTAX_DETAILED", "field-location"),
    ],
    "location-single": [("SINGLE_HEADER_REPEAT", "field-location")],
    "upgrade-syntax": [("BAD_SYNTAX", "field-upgrade"), ("BAD_SYNTAX_DETAILED", "field-upgrade")],
    "link-syntax": [
        ("BAD_SYNTAX", "field-link"),
        ("BAD_SYNTAX_DETAILED", "field-link"),
        ("LINK_BAD_TARGET_URI", None),
    ],
    "link-rel-present": [("PARAM_REPEATS", "field-link")],
    "207-location-undefined": [("LOCATION_UNDEFINED", None)],
    "location-elsewhere": [("LOCATION_UNDEFINED", None)],
    "201-safe-method": [("CREATED_SAFE_METHOD", None)],
    "unregistered-status": [("STATUS_NONSTANDARD", None)],
}


def ensure_environment():
    """Re-runs this script inside a virtual environment that has httplint."""
    python = VENV / "bin" / "python"
    if os.environ.get("STATUSCODE_HTTPLINT_VENV") == "1":
        return
    if not python.exists():
        print(f"installing {HTTPLINT} into {VENV.relative_to(ROOT)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", HTTPLINT], check=True)
    env = dict(os.environ, STATUSCODE_HTTPLINT_VENV="1")
    os.execve(str(python), [str(python), __file__, *sys.argv[1:]], env)


def cargo(*args, env=None):
    subprocess.run(["cargo", *args], cwd=ROOT, check=True, env=env)


def prepare():
    """Builds the command and writes the HAR file of the test cases."""
    WORK.mkdir(parents=True, exist_ok=True)
    cases = WORK / "cases.har"
    env = dict(os.environ, STATUSCODE_CASES_HAR=str(cases))
    cargo("test", "--quiet", "-p", "statuscode-cli", "--test", "conformance", env=env)
    cargo("build", "--quiet", "--release", "-p", "statuscode-cli")
    return cases, ROOT / "target" / "release" / "statuscode"


def version(text):
    """httplint's form of a HAR version: 1.0, 1.1 or 2."""
    return {"HTTP/1.0": "1.0", "HTTP/1.1": "1.1", "HTTP/2": "2", "H2": "2"}.get((text or "").upper(), "1.1")


def to_httplint(entry):
    """The arguments of httplint's linters for one HAR entry, as bytes."""
    request, response = entry["request"], entry["response"]
    content = response["content"]
    body = None
    if "text" in content:
        text = content["text"]
        body = base64.b64decode(text) if content.get("encoding") == "base64" else text.encode()
    return (
        (request["method"].encode(), request["url"].encode(), version(request["httpVersion"]).encode()),
        [(h["name"].encode(), h["value"].encode()) for h in request["headers"]],
        (version(response["httpVersion"]).encode(), str(response["status"]).encode(), response["statusText"].encode()),
        [(h["name"].encode(), h["value"].encode()) for h in response["headers"]],
        body,
        request["method"] == "HEAD",
    )


def lint(args, linters):
    """httplint's notes on one entry, as (name, level, subject)."""
    request_line, request_fields, status_line, fields, body, head = args
    request_linter, response_linter = linters
    request = request_linter()
    request.process_request_topline(*request_line)
    request.process_headers(request_fields)
    request.finish_content(True)
    response = response_linter(_related=request, no_content=head)
    response.process_response_topline(*status_line)
    response.process_headers(fields)
    if body:
        response.feed_content(body)
    response.finish_content(True)
    return [(type(note).__name__, note.level.name, subject(note.subject, fields), note.category.name) for note in response.notes]


def subject(text, fields):
    """A note's subject, with `offset-N` (the Nth field line) as the field's
    name: `field-retry-after`."""
    if text.startswith("offset-"):
        index = int(text.split("-", 1)[1])
        if index < len(fields):
            return "field-" + fields[index][0].decode("latin-1").lower()
    return text


def httplint_reports(rule, notes):
    """Whether httplint's notes report `rule`."""
    wanted = HTTPLINT_NOTES.get(rule, [])
    return any(
        name == want and (subject is None or note_subject == subject)
        for name, _, note_subject, _ in notes
        for want, subject in wanted
    )


def statuscode_findings(binary, har):
    """The command's findings on each entry of a HAR file."""
    result = subprocess.run(
        [str(binary), "check", "--har", str(har), "--format", "json", "--fail-on", "never"],
        check=True,
        capture_output=True,
    )
    found = defaultdict(list)
    for finding in json.loads(result.stdout)["findings"]:
        found[finding["entry"]].append(finding["rule"])
    return found


def coverage(binary, cases, entries, linters):
    """The per-rule and per-permission tables, and the totals."""
    found = statuscode_findings(binary, cases)
    notes = [lint(to_httplint(entry), linters) for entry in entries]
    rules = {}  # rule -> {"breaks": [(ours, theirs)], "keeps": [...]}
    permissions = {}  # id -> [(our findings, their notes)]
    for index, entry in enumerate(entries):
        role, rule = entry["comment"].split(" ", 1)
        ours, theirs = found.get(index, []), notes[index]
        if role == "allowed":
            # Notes about caching describe how caches will treat the
            # response; they do not say it breaks a rule.
            alarms = sorted(
                {f"{name} ({level.lower()})" for name, level, _, category in theirs if level in ("BAD", "WARN") and category != "CACHING"}
            )
            permissions.setdefault(rule, []).append((ours, alarms))
        else:
            rules.setdefault(rule, {"breaks": [], "keeps": []})[role].append(
                (rule in ours, httplint_reports(rule, theirs))
            )
    return rules, permissions


def verdict(results):
    """yes, partly or no: how many of the entries a tool reported the rule on."""
    count = sum(results)
    if count == len(results):
        return "yes"
    return "partly" if count else "no"


TOKEN = set(b"!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def to_raw(entry):
    """The entry's response as `curl -si` would print it, framed with a
    Content-Length of its own so that responses can follow each other in one
    capture; `None` when a field line could not be written as it is."""
    response = entry["response"]
    fields = [(h["name"], h["value"]) for h in response["headers"]]
    fields = [(n, v) for n, v in fields if n.lower() not in ("content-length", "transfer-encoding") and not n.startswith(":")]
    for name, value in fields:
        if not name or not set(name.encode()) <= TOKEN or any(c < 32 and c != 9 or c == 127 for c in value.encode()):
            return None
    status = response["status"]
    if status == 101:
        # What follows a 101 is another protocol: it would end the capture.
        return None
    body = b""
    content = response["content"]
    if "text" in content and not (100 <= status < 200 or status in (204, 304)):
        text = content["text"]
        body = base64.b64decode(text) if content.get("encoding") == "base64" else text.encode()
        fields.append(("Content-Length", str(len(body))))
    version = {"HTTP/1.0": "HTTP/1.0", "H2": "HTTP/2", "HTTP/2": "HTTP/2"}.get(response["httpVersion"].upper(), "HTTP/1.1")
    reason = "" if version == "HTTP/2" else " " + response["statusText"]
    head = f"{version} {status}{reason}\r\n" + "".join(f"{n}: {v}\r\n" for n, v in fields) + "\r\n"
    return head.encode("utf-8") + body, (version, status, reason, fields, body)


def lint_response(parts, linters):
    """httplint's notes on a response alone, as a capture gives it."""
    version, status, reason, fields, body = parts
    response = linters[1]()
    response.process_response_topline(version.split("/")[1].encode(), str(status).encode(), reason.strip().encode())
    response.process_headers([(n.encode(), v.encode()) for n, v in fields])
    if body:
        response.feed_content(body)
    response.finish_content(True)
    return response.notes


def best_times(*runs):
    """The time of one call of each of `runs`: for each, the shortest of
    RUNS samples, the one least disturbed by the rest of the machine. A
    sample lasts at least SAMPLE seconds, calling its run as many times as
    that takes and dividing, so that a short run and a long one are sampled
    alike: on a shared machine a pause of a few milliseconds would otherwise
    decide the time of a run that takes thirty. The samples of the runs are
    taken in turn, one of each, RUNS times, so that the tools compared are
    measured over the same stretch of time: a shared machine can be slower
    for minutes at a time, and measured one after the other, one tool could
    have the slow minutes to itself."""
    calls = []
    for run in runs:
        start = time.perf_counter()
        run()
        once = time.perf_counter() - start
        calls.append(max(1, math.ceil(SAMPLE / max(once, 1e-6))))
    times = [[] for _ in runs]
    for _ in range(RUNS):
        for run, count, samples in zip(runs, calls, times):
            start = time.perf_counter()
            for _ in range(count):
                run()
            samples.append((time.perf_counter() - start) / count)
    return [min(samples) for samples in times]


def throughput(binary, entries, linters):
    """Exchanges per second for each tool on the same exchanges: a HAR file
    of BULK entries, and a capture of the same responses."""
    bulk = [entries[index % len(entries)] for index in range(BULK)]
    har = WORK / "bulk.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "creator": {"name": "bench", "version": "1"}, "entries": bulk}}))
    command = [str(binary), "check", "--format", "json", "--fail-on", "never"]

    def httplint_har():
        # Read the file and check each entry, as the command does.
        for entry in json.loads(har.read_text())["log"]["entries"]:
            lint(to_httplint(entry), linters)

    def statuscode(*args):
        subprocess.run([*command, *args], check=True, stdout=subprocess.DEVNULL)

    theirs, ours = best_times(httplint_har, lambda: statuscode("--har", str(har)))
    results = {"har": (len(bulk), theirs, ours)}

    raw = [to_raw(entry) for entry in bulk]
    raw = [item for item in raw if item is not None]
    capture = WORK / "bulk.http"
    capture.write_bytes(b"".join(message for message, _ in raw))
    parts = [parts for _, parts in raw]
    checked = json.loads(subprocess.run([*command, str(capture)], check=True, capture_output=True).stdout)
    assert checked["summary"]["checked"] == len(raw) and not checked["errors"], checked["errors"]

    def httplint_capture():
        for response in parts:
            lint_response(response, linters)

    from httplint.cli.http_parser import HttpCliParser, modes

    messages = [message for message, _ in raw]

    def httplint_cli():
        # httplint's own command reads one response and prints its notes;
        # here its parser and printing run in this process, once per
        # response, with the notes going nowhere.
        arguments = argparse.Namespace(mode=modes.RESPONSE)
        with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
            for message in messages:
                HttpCliParser(arguments).handle_input(message)

    theirs, theirs_cli, ours = best_times(httplint_capture, httplint_cli, lambda: statuscode(str(capture)))
    results["capture"] = (len(raw), theirs, ours)
    results["capture-cli"] = (len(raw), theirs_cli, ours)
    return results


def render(rules, permissions, speed, levels):
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load = os.getloadavg()[0]
    lines = [
        f"Measured {when} (load average {load:.2f}) by `python3 benches/peer.py` ({HTTPLINT}): "
        f"the best of {RUNS} samples of each, a sample being as many runs as last at least {SAMPLE:g} s, the tools' samples "
        "taken in turn. The exchanges are the "
        "checker's test cases, repeated. httplint is called through its Python API; `statuscode check` is run as "
        "the command, start-up, reading and JSON output included.",
        "",
        "| input | exchanges | statuscode check, per second | httplint, per second | ratio |",
        "|---|---:|---:|---:|---:|",
    ]
    names = {
        "har": "a HAR file: each tool reads it and checks every entry with its request",
        "capture": "a capture of the same responses, as `curl -si` prints them; httplint gets them parsed and split",
        "capture-cli": "the same capture; httplint parses each response and prints its notes, as its command does",
    }
    for key, (count, theirs, ours) in speed.items():
        lines.append(f"| {names[key]} | {count:,} | {count / ours:,.0f} | {count / theirs:,.0f} | {theirs / ours:.0f}× |")
    verdicts = ", ".join(
        f"{theirs / ours:.0f}× on {label} ({'met' if theirs / ours >= GOAL else 'missed'})"
        for label, (_, theirs, ours) in zip(("the HAR file", "the capture", "the capture read by each"), speed.values())
    )
    lines += ["", f"The goal is at least {GOAL}× httplint's throughput: {verdicts}.", ""]
    reported = {tool: sum(verdict([r[i] for r in rule["breaks"]]) == "yes" for rule in rules.values()) for i, tool in enumerate(("ours", "theirs"))}
    partly = sum(verdict([r[1] for r in rule["breaks"]]) == "partly" for rule in rules.values())
    alarms = {tool: sum(any(r[i] for r in rule["keeps"]) for rule in rules.values()) for i, tool in enumerate(("ours", "theirs"))}
    silent_ours = sum(all(not ours for ours, _ in entries) for entries in permissions.values())
    silent_theirs = sum(all(not theirs for _, theirs in entries) for entries in permissions.values())
    lines += [
        f"Of the {len(rules)} rules, each with exchanges built to break it and twins that keep it: "
        f"statuscode reports {reported['ours']} on every breaking exchange and {alarms['ours']} on a twin; "
        f"httplint reports {reported['theirs']} (and {partly} on some of their exchanges) and {alarms['theirs']} on a twin. "
        f"Of the {len(permissions)} permissions, exchanges the specifications allow, statuscode is silent on "
        f"{silent_ours} and httplint on {silent_theirs}.",
        "",
        "<details><summary>Rule by rule</summary>",
        "",
        "| rule | level | statuscode | httplint | httplint on the conforming twin |",
        "|---|---|---|---|---|",
    ]
    for rule, results in rules.items():
        ours = verdict([r[0] for r in results["breaks"]])
        theirs = verdict([r[1] for r in results["breaks"]])
        alarm = "reports it" if any(r[1] for r in results["keeps"]) else ""
        if any(r[0] for r in results["keeps"]):
            ours += " (and on the twin)"
        lines.append(f"| `{rule}` | {levels.get(rule, '')} | {ours} | {theirs} | {alarm} |")
    lines += [
        "",
        "| allowed by the specifications | statuscode | httplint (its bad and warn notes, but for caching) |",
        "|---|---|---|",
    ]
    for permission, entries in permissions.items():
        ours = sorted({rule for found, _ in entries for rule in found})
        theirs = sorted({note for _, notes in entries for note in notes})
        lines.append(f"| `{permission}` | {', '.join(ours) or 'silent'} | {', '.join(theirs) or 'silent'} |")
    lines += ["", "</details>"]
    return "\n".join(lines)


def levels_of(binary, cases):
    """Each rule's level, from the command's JSON on the cases."""
    result = subprocess.run(
        [str(binary), "check", "--har", str(cases), "--format", "json", "--fail-on", "never"],
        check=True,
        capture_output=True,
    )
    return {finding["rule"]: finding["level"] for finding in json.loads(result.stdout)["findings"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", help="replace the comparison between the markers in this file")
    arguments = parser.parse_args()
    ensure_environment()
    from httplint import HttpRequestLinter, HttpResponseLinter

    linters = (HttpRequestLinter, HttpResponseLinter)
    cases, binary = prepare()
    entries = json.loads(cases.read_text())["log"]["entries"]
    rules, permissions = coverage(binary, cases, entries, linters)
    speed = throughput(binary, entries, linters)
    table = render(rules, permissions, speed, levels_of(binary, cases))
    print(table)
    if arguments.readme:
        path = Path(arguments.readme)
        text = path.read_text()
        if BEGIN not in text or END not in text:
            sys.exit(f"{path} has no comparison markers ({BEGIN} ... {END})")
        before, rest = text.split(BEGIN, 1)
        _, after = rest.split(END, 1)
        path.write_text(f"{before}{BEGIN}\n{table}\n{END}{after}")


if __name__ == "__main__":
    main()
