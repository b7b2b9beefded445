#!/usr/bin/env python3
"""Tests of check_doc_examples.py and check_man_page.py: each checker, run on a small
tree with a fake quoteaudit, passes what is in step and fails, saying what to do, on
what is not. (The real docs and man page are checked by the DocExamples and ManPage
tests.) Python standard library only; groff (groff-base) for the rendering case.
"""

import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

TOOLS = pathlib.Path(__file__).resolve().parent
DOC_CHECKER = TOOLS / "check_doc_examples.py"
MAN_CHECKER = TOOLS / "check_man_page.py"

# A stand-in for quoteaudit: answers each command line from answers.json
# ({"args joined by spaces": [stdout, stderr, status]}), exit 2 otherwise.
FAKE_TOOL = """#!/usr/bin/env python3
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
answers = json.load(open(os.path.join(here, "answers.json")))
args = " ".join(sys.argv[1:])
out, err, status = answers.get(args, ["", "unknown: " + args + "\\n", 2])
sys.stdout.write(out)
sys.stderr.write(err)
sys.exit(status)
"""

TOP_HELP = """quoteaudit: audits news copy.
Usage: quoteaudit [OPTIONS] SUBCOMMAND

Options:
  -h,--help                   Print this help message and exit
  --version                   print the version and exit
  --min-level LEVEL:{info,warning,error}
                              show findings at or above this level

Subcommands:
  check                       report what an editor must fix
"""

CHECK_HELP = """report what an editor must fix
Usage: quoteaudit check [OPTIONS] [paths...]

Options:
  -h,--help                   Print this help message and exit
  --format FORMAT[:FILE] ...  output format (default text):
                                text: one line per finding
                                json: everything as one JSON document
  --no-summary                leave out the totals line at the end
"""


class FakeToolTest(unittest.TestCase):
    def setUp(self):
        self.root = pathlib.Path(tempfile.mkdtemp(prefix="qa_doc_checkers_"))
        self.tool = self.root / "bin" / "quoteaudit"
        self.tool.parent.mkdir()
        self.tool.write_text(FAKE_TOOL)
        self.tool.chmod(0o755)
        self.answers = {"--version": ["quoteaudit 1.2.3\n", "", 0],
                        "--help": [TOP_HELP, "", 0], "check --help": [CHECK_HELP, "", 0]}
        self.save_answers()

    def tearDown(self):
        shutil.rmtree(self.root)

    def save_answers(self):
        (self.tool.parent / "answers.json").write_text(json.dumps(self.answers))

    def answer(self, args, out, status=0, err=""):
        self.answers[args] = [out, err, status]
        self.save_answers()

    def write(self, relative, text):
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
        return path


class DocExamplesTest(FakeToolTest):
    def run_checker(self, *extra):
        result = subprocess.run(
            [sys.executable, str(DOC_CHECKER), str(self.tool), "--root", str(self.root), *extra],
            capture_output=True, text=True)
        return result.returncode, result.stdout + result.stderr

    def readme(self, body):
        return self.write("README.md", "# Demo\n\n" + textwrap.dedent(body))

    def test_a_block_that_matches_passes(self):
        self.answer("check a.txt", "a.txt:1:1: error: no source [unattributed-quote]\n", 1)
        self.readme("""\
            <!-- example: check a.txt -->
            ```
            a.txt:1:1: error: no source [unattributed-quote]
            ```
            """)
        status, output = self.run_checker()
        self.assertEqual(status, 0, output)
        self.assertIn("1 examples match", output)

    def test_a_stale_block_fails_with_a_diff_and_the_fix(self):
        self.answer("check a.txt", "a.txt:1:1: error: unattributed quote [unattributed-quote]\n", 1)
        self.readme("""\
            Text.

            <!-- example: check a.txt -->
            ```
            a.txt:1:1: error: quote has no source [unattributed-quote]
            ```
            """)
        status, output = self.run_checker()
        self.assertEqual(status, 1, output)
        self.assertIn("README.md:5: <!-- example: check a.txt -->", output)
        self.assertIn("-a.txt:1:1: error: quote has no source [unattributed-quote]", output)
        self.assertIn("+a.txt:1:1: error: unattributed quote [unattributed-quote]", output)
        self.assertIn("scripts/update-doc-examples", output)

    def test_update_rewrites_only_the_block(self):
        self.answer("quotes a.txt", "a.txt\n  1:1  direct\n\n1 file\n")
        path = self.readme("""\
            Before.

            <!-- example: quotes a.txt -->
            ```text
            old
            ```

            After.
            """)
        status, output = self.run_checker("--update")
        self.assertEqual(status, 0, output)
        self.assertEqual(path.read_text(), "# Demo\n\nBefore.\n\n<!-- example: quotes a.txt -->\n"
                         "```text\na.txt\n  1:1  direct\n\n1 file\n```\n\nAfter.\n")
        self.assertEqual(self.run_checker()[0], 0)

    def test_modifiers_json_head_stderr_and_exit(self):
        self.answer("check --format json a.txt", '{"version":1,"tool":{"version":"1.2.3"}}\n', 1)
        self.answer("check missing", "", 2, "quoteaudit: missing: no such file\n")
        self.readme("""\
            <!-- example: check --format json a.txt | json | head 3 -->
            ```json
            {
              "version": 1,
              "tool": {
            ```

            <!-- example: check --format json a.txt | json -->
            ```json
            {
              "version": 1,
              "tool": {
                "version": "X.Y.Z"
              }
            }
            ```

            <!-- example: check missing | stderr | exit 2 -->
            ```
            quoteaudit: missing: no such file
            ```
            """)
        status, output = self.run_checker()
        self.assertEqual(status, 0, output)

    def test_an_unexpected_exit_status_is_an_error(self):
        self.answer("check missing", "", 2, "quoteaudit: missing: no such file\n")
        self.readme("""\
            <!-- example: check missing -->
            ```
            ```
            """)
        status, output = self.run_checker()
        self.assertEqual(status, 1, output)
        self.assertIn("exited 2, expected 0 or 1", output)
        self.assertIn("add '| exit 2' to the marker", output)

    def test_marker_mistakes_are_reported(self):
        self.readme("""\
            <!-- example: check a.txt | tail 3 -->
            ```
            ```

            <!-- example: check a.txt -->

            ```
            ```
            """)
        status, output = self.run_checker()
        self.assertEqual(status, 1, output)
        self.assertIn("README.md:3: unknown modifier '| tail 3'", output)
        self.assertIn("README.md:7: an example marker must be followed at once by a fenced "
                      "code block", output)

    def test_absolute_paths_are_refused(self):
        self.answer("check a.txt", f"{self.root}/a.txt:1:1: error: x [r]\n", 1)
        self.readme("""\
            <!-- example: check a.txt -->
            ```
            ```
            """)
        status, output = self.run_checker()
        self.assertEqual(status, 1, output)
        self.assertIn("prints the absolute path", output)

    def test_a_file_block_must_match_the_file(self):
        self.write("fixtures/a.txt", "Experts said so.\n")
        self.readme("""\
            <!-- file: fixtures/a.txt -->
            ```
            Experts said it.
            ```
            """)
        status, output = self.run_checker()
        self.assertEqual(status, 1, output)
        self.assertIn("+Experts said so.", output)
        self.run_checker("--update")
        self.assertEqual(self.run_checker()[0], 0)

    def test_sh_blocks_name_scripts_that_exist_and_options_help_lists(self):
        self.write("scripts/build", "#!/bin/sh\n").chmod(0o755)
        self.write("docs/guide.md", """\
            ```sh
            scripts/build && scripts/tset   # build, then test
            quoteaudit check --no-summary --min-level=warning news/ > out.txt
            cat story.txt | quoteaudit check --fromat json
            ```
            """)
        status, output = self.run_checker()
        self.assertEqual(status, 1, output)
        self.assertIn("docs/guide.md:2: scripts/tset does not exist", output)
        self.assertIn("docs/guide.md:4: quoteaudit has no option --fromat", output)
        self.assertNotIn("scripts/build does not exist", output)
        self.assertNotIn("--min-level", output)


MAN_PAGE = r""".TH QUOTEAUDIT 1 2026-01-01 "quoteaudit 1.2.3" "User Commands"
.SH NAME
quoteaudit \- audit news copy
.SH COMMANDS
.TP
.B check
Audit.
.SH OPTIONS
.SS "Common options"
.TP
.BR \-h ", " \-\-help
Help.
.TP
.B \-\-version
Version.
.TP
.BI \-\-min\-level " LEVEL"
.BR info ", " warning " or " error .
.SS "Options of check"
.TP
.BI \-\-format " FORMAT"
Format.
.TP
.B \-\-no\-summary
No totals.
.SH "OUTPUT FORMATS"
.TP
.B text
Lines.
.TP
.B json
JSON.
"""


class ManPageTest(FakeToolTest):
    def run_checker(self, page):
        path = self.write("quoteaudit.1", page)
        result = subprocess.run(
            [sys.executable, str(MAN_CHECKER), str(self.tool), str(path), "--source",
             "docs/man/quoteaudit.1.in"], capture_output=True, text=True)
        return result.returncode, result.stdout + result.stderr

    def test_a_page_in_step_passes(self):
        status, output = self.run_checker(MAN_PAGE)
        self.assertEqual(status, 0, output)

    def test_a_new_option_is_named_with_the_roff_to_add(self):
        self.answer("check --help", CHECK_HELP + "  --baseline FILE             ignore the "
                    "findings recorded in FILE\n")
        status, output = self.run_checker(MAN_PAGE)
        self.assertEqual(status, 1, output)
        self.assertIn("`quoteaudit check --help` has --baseline, which the man page does not "
                      'document for check. Add under .SS "Options of check":', output)
        self.assertIn('.BI \\-\\-baseline " FILE"\n      ignore the findings recorded in FILE',
                      output)

    def test_new_formats_and_commands_are_named(self):
        self.answer("check --help", CHECK_HELP.replace(
            "json: everything as one JSON document\n",
            "json: everything as one JSON document\n"
            "                                sarif: SARIF 2.1.0 for code scanning\n"))
        self.answer("--help", TOP_HELP + "  lint                        lint the rules\n")
        self.answer("lint --help", "Options:\n  -h,--help                   Print this help\n")
        status, output = self.run_checker(MAN_PAGE)
        self.assertEqual(status, 1, output)
        self.assertIn("lists the format sarif, which the man page does not document. Add "
                      'under .SH "OUTPUT FORMATS":\n      .TP\n      .B sarif', output)
        self.assertIn("lists the command lint, which the man page does not document", output)

    def test_options_and_formats_help_lacks_are_named(self):
        page = MAN_PAGE.replace(".B \\-\\-no\\-summary\n",
                                ".B \\-\\-no\\-summary\nNo.\n.TP\n.B \\-\\-quiet\n")
        page += ".TP\n.B table\nA table.\n"
        status, output = self.run_checker(page)
        self.assertEqual(status, 1, output)
        self.assertIn('.SS "Options of check" documents --quiet, which `quoteaudit check '
                      "--help` does not have", output)
        self.assertIn('.SH "OUTPUT FORMATS" documents table, which no --format of any '
                      "command accepts", output)

    def test_a_value_missing_from_an_entry_is_named(self):
        status, output = self.run_checker(MAN_PAGE.replace('" warning " or "', '" or "'))
        self.assertEqual(status, 1, output)
        self.assertIn("the entry for --min-level does not name the value warning", output)

    def test_groff_warnings_fail(self):
        status, output = self.run_checker(MAN_PAGE + ".XX undefined macro\n")
        self.assertEqual(status, 1, output)
        self.assertIn("macro 'XX' not defined", output)

    def test_the_version_must_be_the_binarys(self):
        status, output = self.run_checker(MAN_PAGE.replace("quoteaudit 1.2.3", "quoteaudit 1.0"))
        self.assertEqual(status, 1, output)
        self.assertIn('.TH must name "quoteaudit 1.2.3"', output)


if __name__ == "__main__":
    if shutil.which("groff") is None:
        sys.exit("groff is missing: install groff-base (scripts/install-deps does)")
    unittest.main(verbosity=2)
