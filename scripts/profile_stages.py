#!/usr/bin/env python3
"""Shares of a quoteaudit profile by stage, from `perf script -F ip,sym` text.

Usage: profile_stages.py STACKS [COMMAND ARGS...]; scripts/profile runs it.
Prints Markdown tables: each stage's share of the samples (its own time and
its callees'), the functions that spend the most themselves, and the
quoteaudit functions RE2's own time is spent for.
"""
import collections
import re
import sys

# Fixed steps of an audit, in the order they run; every check, reporter and
# RE2 compile step the samples name is added after them.
SCAN_STEPS = [
    "qa::ReadDocument", "qa::Scanner::Scan", "qa::QuoteFinder::Find", "qa::LayOutText",
    "qa::DocumentTokens::DocumentTokens", "qa::EntityRegistry::CollectNames", "qa::Attributor::Attribute",
    "qa::Auditor::Finish"
]
NAMED_STEPS = [
    r"^qa::\w+Check::(Run|Digest)$", r"^qa::\w+Reporter::AddFile$", r"^re2::RE2::Init$",
    r"^re2::RE2::ReverseProg$"
]
# Functions that only pass RE2's work on: the pattern layer (src/match) and
# the attribution windows' first-match helper (scan/candidate_ranking.h).
PATTERN_LAYER = re.compile(r"^qa::(Pattern::|PatternSet::|CaptureMemo::|FirstCandidate$|"
                           r"\(anonymous namespace\)::MatchWithGroups$)")


def read_samples(lines):
    """Each sample's stack of function names, innermost first."""
    samples, stack = [], []
    for line in lines:
        fields = line.split(None, 1)
        if not fields:
            if stack:
                samples.append(stack)
            stack = []
            continue
        # perf prints the address, then the name without its parameters.
        stack.append(fields[1].strip() if len(fields) > 1 else "[unknown]")
    if stack:
        samples.append(stack)
    return samples


def stage_shares(samples):
    """(stage, share of samples in it or its callees), fixed steps first."""
    inclusive = collections.Counter()
    for stack in samples:
        inclusive.update(set(stack))
    named = sorted({n for n in inclusive for p in NAMED_STEPS if re.match(p, n)},
                   key=lambda n: (-inclusive[n], n))
    return [(n, inclusive[n] / len(samples)) for n in SCAN_STEPS + named if inclusive[n]]


def own_shares(samples, count=25):
    """The functions spending the most samples themselves."""
    own = collections.Counter(stack[0] for stack in samples)
    return [(n, c / len(samples)) for n, c in own.most_common(count)]


def re2_callers(samples, count=12):
    """RE2's own samples, by the nearest quoteaudit function outside the
    pattern layer that called it."""
    callers = collections.Counter()
    for stack in samples:
        if stack[0].startswith("re2::"):
            callers[next((f for f in stack if f.startswith("qa::") and not PATTERN_LAYER.match(f)),
                         "(outside quoteaudit)")] += 1
    return [(n, c / len(samples)) for n, c in callers.most_common(count)]


def table(title, rows):
    lines = [f"| {title} | share |", "| --- | ---: |"]
    lines += [f"| `{name[:90]}` | {100 * share:5.1f}% |" for name, share in rows]
    return "\n".join(lines)


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    with open(argv[1], errors="replace") as stacks:
        samples = read_samples(stacks)
    if not samples:
        sys.exit("profile: perf recorded no samples")
    print(f"{len(samples)} samples of `quoteaudit {' '.join(argv[2:])}`")
    print()
    print(table("stage (with what it calls)", stage_shares(samples)))
    print()
    print(table("function (its own time)", own_shares(samples)))
    callers = re2_callers(samples)
    if callers:
        print()
        print(table("RE2 working for", callers))


if __name__ == "__main__":
    main(sys.argv)
