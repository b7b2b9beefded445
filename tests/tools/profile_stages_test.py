#!/usr/bin/env python3
"""Tests of scripts/profile_stages.py (scripts/profile): the stage, own-time and
RE2 tables it prints from `perf script -F ip,sym` text. The stacks below are
written for the test, in perf's layout (address, then the function's name),
innermost frame first. Python standard library only.
"""

import pathlib
import subprocess
import sys
import tempfile
import unittest

SCRIPT = pathlib.Path(__file__).resolve().parents[2] / "scripts" / "profile_stages.py"
sys.path.insert(0, str(SCRIPT.parent))
import profile_stages  # noqa: E402

MAIN = ["qa::Auditor::Prepare", "qa::RunCommand", "main"]
SAMPLES = [
    # Two in the name collector, one of them with the stage twice on its stack.
    ["qa::WordReader::Next", "qa::EntityRegistry::CollectNames", "qa::Scanner::Scan"] + MAIN,
    ["qa::EntityRegistry::LinkName", "qa::EntityRegistry::CollectNames", "qa::EntityRegistry::LinkName",
     "qa::EntityRegistry::CollectNames", "qa::Scanner::Scan"] + MAIN,
    # RE2 under a check, reached through the pattern layer.
    ["re2::DFA::InlinedSearchLoop<false, false, true>", "re2::RE2::Match",
     "qa::(anonymous namespace)::MatchWithGroups", "qa::Pattern::FindAll",
     "qa::VagueSourceCheck::FromText", "qa::VagueSourceCheck::Run"] + MAIN,
    # RE2 compiling on a check's first search.
    ["re2::Compiler::Compile", "re2::RE2::Init", "qa::Pattern::Compiled",
     "qa::VagueSourceCheck::FromText", "qa::VagueSourceCheck::Run"] + MAIN,
    # RE2 with no quoteaudit caller at all.
    ["re2::DFA::AddToQueue", "[unknown]"],
    # Reading the file, in the kernel.
    ["clear_page_erms", "qa::ReadFileBytes", "qa::ReadDocument"] + MAIN,
]


def perf_text(samples):
    lines = []
    for stack in samples:
        lines += [f"\t{0x1000 + i:16x} {name}" for i, name in enumerate(stack)]
        lines.append("")
    return "\n".join(lines) + "\n"


class ProfileStagesTest(unittest.TestCase):

    def setUp(self):
        self.samples = profile_stages.read_samples(perf_text(SAMPLES).splitlines(True))

    def test_reads_one_stack_per_sample(self):
        self.assertEqual(len(self.samples), len(SAMPLES))
        self.assertEqual(self.samples[2][0], "re2::DFA::InlinedSearchLoop<false, false, true>")
        self.assertEqual(self.samples[4], ["re2::DFA::AddToQueue", "[unknown]"])

    def test_a_stage_counts_each_sample_once(self):
        shares = dict(profile_stages.stage_shares(self.samples))
        # The sample with the name collector twice on its stack counts once.
        self.assertAlmostEqual(shares["qa::EntityRegistry::CollectNames"], 2 / 6)
        self.assertAlmostEqual(shares["qa::Scanner::Scan"], 2 / 6)
        self.assertAlmostEqual(shares["qa::VagueSourceCheck::Run"], 2 / 6)
        self.assertAlmostEqual(shares["qa::ReadDocument"], 1 / 6)
        self.assertAlmostEqual(shares["re2::RE2::Init"], 1 / 6)
        # Steps with no sample are left out.
        self.assertNotIn("qa::Attributor::Attribute", shares)

    def test_fixed_steps_come_first_then_the_named_ones_by_share(self):
        names = [name for name, _ in profile_stages.stage_shares(self.samples)]
        self.assertEqual(names, ["qa::ReadDocument", "qa::Scanner::Scan", "qa::EntityRegistry::CollectNames",
                                 "qa::VagueSourceCheck::Run", "re2::RE2::Init"])

    def test_own_time_is_the_innermost_frame(self):
        own = dict(profile_stages.own_shares(self.samples))
        self.assertAlmostEqual(own["qa::WordReader::Next"], 1 / 6)
        self.assertNotIn("qa::EntityRegistry::CollectNames", own)

    def test_re2_time_goes_to_the_caller_outside_the_pattern_layer(self):
        callers = dict(profile_stages.re2_callers(self.samples))
        self.assertEqual(callers, {"qa::VagueSourceCheck::FromText": 2 / 6,
                                   "(outside quoteaudit)": 1 / 6})

    def test_prints_markdown_tables(self):
        with tempfile.NamedTemporaryFile("w", suffix=".txt") as stacks:
            stacks.write(perf_text(SAMPLES))
            stacks.flush()
            out = subprocess.run([sys.executable, str(SCRIPT), stacks.name, "check", "a.txt"],
                                 capture_output=True, text=True, check=True).stdout
        self.assertIn("6 samples of `quoteaudit check a.txt`", out)
        self.assertIn("| `qa::EntityRegistry::CollectNames` |  33.3% |", out)
        self.assertIn("| `qa::VagueSourceCheck::FromText` |  33.3% |", out)

    def test_no_samples_is_an_error(self):
        with tempfile.NamedTemporaryFile("w", suffix=".txt") as stacks:
            result = subprocess.run([sys.executable, str(SCRIPT), stacks.name],
                                    capture_output=True, text=True)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("no samples", result.stderr)


if __name__ == "__main__":
    unittest.main()
