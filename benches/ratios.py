#!/usr/bin/env python3
"""Print the benchmark table from criterion's latest run.

Reads target/criterion/<group>/<function>/new/{benchmark,estimates}.json as
written by `cargo bench --bench status_code --all-features` and
`cargo bench --bench layer --features axum,tower`, and prints, for each
operation, the median time per input of this crate (the function named
`statuscode`) and of each counterpart in the same group, their ratio, and the
goal that ratio has to meet.

    python3 benches/ratios.py                   # print the table
    python3 benches/ratios.py --readme README.md  # also put it in the README
    python3 benches/ratios.py --check           # fail if a goal is missed

Python 3 standard library only.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OURS = "statuscode"
COMMAND = (
    "cargo bench --bench status_code --all-features"
    " && cargo bench --bench layer --features axum,tower"
    " && python3 benches/ratios.py --readme README.md"
)
BEGIN = "<!-- benchmark table: written by benches/ratios.py -->"
END = "<!-- end of benchmark table -->"

# The most a ratio (ours / theirs, of medians) may be, per group and
# counterpart. Pairs not listed are shown without a goal.
GOALS = {
    ("from_u16", "http + canonical_reason"): 0.15,
    ("from_u16", "http"): 2.0,
    ("reason_phrase", "http"): 0.15,
    ("guidance", "reason_phrase"): 1.5,
    ("as_str", "http"): 1.5,
    ("parse", "http"): 0.6,
    ("display", "http"): 0.8,
    ("serialize", "u16"): 1.05,
    ("deserialize", "u16"): 1.05,
    # The layer's goals (at most 1.03 over loopback, at most 300 ns in
    # process) have no entry: criterion times the two sides one after the
    # other, and on a shared machine the load changes between them by more
    # than the layer costs. benches/layer.rs judges both goals from rounds
    # that time both sides back to back, and prints the verdicts itself.
}

# The most time per input this crate may take, per group, whatever the
# counterpart: a target of the crate's own.
LIMITS = {
    "check (conforming)": 250.0,
    "check (three broken)": 250.0,
}

# The order of the rows; groups not listed follow in name order.
ORDER = [
    "from_u16",
    "reason_phrase",
    "guidance",
    "as_str",
    "parse",
    "display",
    "is_informational",
    "is_success",
    "is_redirection",
    "is_client_error",
    "is_server_error",
    "is_error",
    "serialize",
    "deserialize",
    "check (conforming)",
    "check (three broken)",
    "layer (oneshot)",
    "layer (loopback)",
]


def criterion_dir():
    """Where criterion writes: $CRITERION_HOME, else target/criterion."""
    home = os.environ.get("CRITERION_HOME")
    if home:
        return Path(home) if Path(home).is_absolute() else Path.cwd() / home
    target = os.environ.get("CARGO_TARGET_DIR")
    target = Path(target) if target else ROOT / "target"
    if not target.is_absolute():
        target = ROOT / target
    return target / "criterion"


def load(directory):
    """{group: {function: (nanoseconds per input, time of the run)}}"""
    results = {}
    for estimates in sorted(directory.glob("*/*/new/estimates.json")):
        meta = json.loads((estimates.parent / "benchmark.json").read_text())
        median = json.loads(estimates.read_text())["median"]["point_estimate"]
        elements = (meta.get("throughput") or {}).get("Elements") or 1
        group = results.setdefault(meta["group_id"], {})
        group[meta["function_id"]] = (median / elements, estimates.stat().st_mtime)
    return results


def nanoseconds(value):
    if value >= 10_000:
        return f"{value / 1000:.1f} µs"
    return f"{value:.2f} ns" if value < 10 else f"{value:.1f} ns"


def rows(results):
    """(operation, counterpart, ours, theirs, ratio, goal, met) per pair."""
    order = {name: i for i, name in enumerate(ORDER)}
    for group in sorted(results, key=lambda g: (order.get(g, len(order)), g)):
        functions = results[group]
        if OURS not in functions:
            continue
        ours = functions[OURS][0]
        others = sorted(f for f in functions if f != OURS)
        if not others:
            yield group, None, ours, None, None, None, None
        for other in others:
            theirs = functions[other][0]
            ratio = ours / theirs
            goal = GOALS.get((group, other))
            met = None if goal is None else ratio <= goal
            yield group, other, ours, theirs, ratio, goal, met


def limits(results):
    """(operation, ours, limit, met) for each group with a time limit."""
    for group, limit in LIMITS.items():
        if OURS in results.get(group, {}):
            ours = results[group][OURS][0]
            yield group, ours, limit, ours <= limit


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        rustc = subprocess.run(
            ["rustc", "--version"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        rustc = "rustc (version unknown)"
    return f"{cpu}, {os.cpu_count()} logical cores, {platform.system()} {platform.release()}, {rustc}"


def load_average():
    """The load average as the table is printed, a hint of how much other
    work shared the machine during the run that just ended."""
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return ""
    return (
        f", load average {one:.2f} (1 min) and {five:.2f} (5 min) when printed,"
        " of which a benchmark that just ended accounts for up to 1"
    )


def table(results):
    times = [t for group in results.values() for _, t in group.values()]
    oldest, newest = (
        datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
        for t in (min(times), max(times))
    )
    # A filtered `cargo bench` leaves the other groups' older results.
    if (newest - oldest).total_seconds() > 15 * 60:
        when = f"between {oldest:%Y-%m-%d %H:%M} and {newest:%Y-%m-%d %H:%M} UTC (several runs)"
    else:
        when = f"{newest:%Y-%m-%d %H:%M} UTC"
    lines = [
        f"Measured {when} on {machine()}{load_average()}.",
        "Times are criterion's medians per input; the ratio is ours over theirs.",
        "",
        "| operation | `statuscode` | counterpart | theirs | ratio | goal |",
        "| --- | ---: | --- | ---: | ---: | --- |",
    ]
    for group, other, ours, theirs, ratio, goal, met in rows(results):
        if other is None:
            lines.append(f"| `{group}` | {nanoseconds(ours)} | (none) | | | |")
            continue
        verdict = "" if goal is None else f"≤ {goal:g}× ({'met' if met else 'missed'})"
        lines.append(
            f"| `{group}` | {nanoseconds(ours)} | `{other}` | {nanoseconds(theirs)}"
            f" | {ratio:.2f}× | {verdict} |"
        )
    for group, ours, limit, met in limits(results):
        lines.append(
            f"\n`{group}` takes {nanoseconds(ours)} per exchange; the target is at most"
            f" {limit:g} ns ({'met' if met else 'missed'})."
        )
    if any(group.startswith("layer") for group in results):
        lines.append(
            "\nThe `layer` rows have no verdict here: criterion times their two sides"
            " one after the other, and on a shared machine a change of load between"
            " them can pass for the layer's cost or hide it. `benches/layer.rs` judges"
            " its goals from rounds that time both sides back to back, and prints"
            " the verdicts itself."
        )
    lines += ["", f"Reproduce with `{COMMAND}`."]
    return "\n".join(lines)


def write_readme(path, text):
    readme = Path(path).read_text()
    start, end = readme.find(BEGIN), readme.find(END)
    if start < 0 or end < start:
        sys.exit(f"{path} has no benchmark table markers ({BEGIN} ... {END})")
    readme = readme[: start + len(BEGIN)] + "\n" + text + "\n" + readme[end:]
    Path(path).write_text(readme)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", help="replace the table between the markers in this file")
    parser.add_argument("--check", action="store_true", help="exit 1 if a goal is missed")
    args = parser.parse_args()

    directory = criterion_dir()
    results = load(directory)
    if not results:
        sys.exit(f"no criterion results under {directory}; run `{COMMAND.split(' && python3')[0]}` first")
    text = table(results)
    print(text)
    if args.readme:
        write_readme(args.readme, text)
    missed = [(g, o) for g, o, *_, met in rows(results) if met is False]
    missed += [(g, "its limit") for g, _, _, met in limits(results) if not met]
    if args.check and missed:
        sys.exit("missed: " + ", ".join(f"{g} vs {o}" for g, o in missed))


if __name__ == "__main__":
    main()
