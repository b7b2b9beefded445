#!/usr/bin/env python3
"""Runs the commands of docs/ci.md, so the CI recipes there cannot rot.

Usage: check_ci_doc.py QUOTEAUDIT_BINARY REPO_ROOT

Every fenced block after a `<!-- ci-test: NAME -->` marker is taken from the
page as written. The built binary is put on PATH as `quoteaudit`, a git
repository is made with articles on a base branch (`main`, also known as
`origin/main`) and a pull-request branch that adds an unsourced quote to one of
them, and then:

- github, gitlab: each `quoteaudit` command of the workflow runs with the
  variables the CI system would set; the reports they name must exist, parse,
  and hold the new finding only (the old one is on an unchanged line);
- reviewdog: the pipeline runs with a stand-in `reviewdog` that checks every
  line it is given is a reviewdog Diagnostic;
- pre-commit: the hook is installed; a commit adding an article with a
  finding is refused, a clean one goes through;
- baseline: the commands run in order; the last one reports none of the
  findings the first one recorded.

Exits 1 naming the block and the command that misbehaved.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

MARKER = re.compile(r"<!-- ci-test: ([a-z-]+) -->\n```[a-z]*\n(.*?)```", re.S)

# Fictional copy. The old story leans on "experts" already on the base
# branch; the pull request adds a paragraph that leans on "observers".
OLD_STORY = (
    "Tramline opens\n\n"
    "The first tram ran through Korvel on Sunday morning, the mayor's office said.\n\n"
    "\"We waited nine years for this,\" said Dana Whitlow, who runs the kiosk by the depot.\n\n"
    "Experts said the route had been planned badly.\n"
)
NEW_PARAGRAPH = "\nObservers said the fares were too high for pensioners.\n"
CLEAN_STORY = (
    "Library hours\n\n"
    "The Korvel library will open on Saturdays from March, the council said on Friday.\n"
)
FAILURES = []


def fail(block, message):
    FAILURES.append(f"docs/ci.md [{block}]: {message}")


def run(command, cwd, env, shell=True, stdin=None):
    return subprocess.run(command, cwd=cwd, env=env, shell=shell, input=stdin, text=True,
                          capture_output=True, executable="/bin/bash" if shell else None,
                          timeout=120)


def git(repo, env, *args):
    result = subprocess.run(["git", *args], cwd=repo, env=env, text=True, capture_output=True)
    if result.returncode != 0:
        raise SystemExit(f"git {' '.join(args)} failed: {result.stderr}")
    return result.stdout


def make_repository(root, env):
    repo = os.path.join(root, "newsroom")
    os.makedirs(os.path.join(repo, "articles"))
    git(repo, env, "init", "-q", "-b", "main")
    with open(os.path.join(repo, "articles", "tramline.txt"), "w") as out:
        out.write(OLD_STORY)
    with open(os.path.join(repo, "articles", "library.txt"), "w") as out:
        out.write(CLEAN_STORY)
    git(repo, env, "add", ".")
    git(repo, env, "commit", "-q", "-m", "base")
    # What a CI checkout with fetch-depth 0 has: the target branch as origin/main.
    git(repo, env, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(repo, env, "checkout", "-q", "-b", "pr")
    with open(os.path.join(repo, "articles", "tramline.txt"), "a") as out:
        out.write(NEW_PARAGRAPH)
    git(repo, env, "commit", "-q", "-am", "pull request")
    return repo


def quoteaudit_commands(block_text):
    """The quoteaudit command lines of a workflow, as the CI shell runs them."""
    commands = []
    for line in block_text.splitlines():
        match = re.match(r"\s*(?:- )?(?:run: )?(quoteaudit .*)$", line)
        if match:
            commands.append(match.group(1))
    return commands


def line_of_new_quote():
    return (OLD_STORY + NEW_PARAGRAPH).splitlines().index(NEW_PARAGRAPH.strip()) + 1


def check_workflow(name, block_text, repo, env, variables):
    commands = quoteaudit_commands(block_text)
    if not commands:
        fail(name, "no quoteaudit command found in the block")
        return None
    result = None
    for command in commands:
        result = run(command, repo, {**env, **variables})
        if result.returncode not in (0, 1):
            fail(name, f"`{command}` exited {result.returncode}: {result.stderr.strip()}")
            return None
    return result


def check_github(block_text, repo, env):
    result = check_workflow("github", block_text, repo, env, {"GITHUB_BASE_REF": "main"})
    if result is None:
        return
    new_line = line_of_new_quote()
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    located = [line for line in annotations if "file=" in line]
    if not located:
        fail("github", f"no annotations printed: {result.stdout!r}")
    for line in located:
        if f"line={new_line}," not in line or "articles/tramline.txt" not in line:
            fail("github", f"annotation outside the changed lines: {line}")
    sarif_path = os.path.join(repo, "quoteaudit.sarif")
    try:
        with open(sarif_path) as sarif_file:
            sarif = json.load(sarif_file)
        results = sarif["runs"][0]["results"]
        lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results]
        if lines != [new_line] * len(lines) or not lines:
            fail("github", f"SARIF results on lines {lines}, expected only line {new_line}")
    except (OSError, ValueError, KeyError, IndexError) as error:
        fail("github", f"quoteaudit.sarif missing or malformed: {error}")


def check_gitlab(block_text, repo, env):
    variables = {"CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"}
    if check_workflow("gitlab", block_text, repo, env, variables) is None:
        return
    try:
        with open(os.path.join(repo, "gl-code-quality-report.json")) as report_file:
            issues = json.load(report_file)
        if not issues or any(i["location"]["path"] != "articles/tramline.txt" for i in issues):
            fail("gitlab", f"Code Quality report has {issues!r}, expected the new finding")
    except (OSError, ValueError, KeyError, TypeError) as error:
        fail("gitlab", f"gl-code-quality-report.json missing or malformed: {error}")
    try:
        suites = ElementTree.parse(os.path.join(repo, "quoteaudit-junit.xml")).getroot()
        if not suites.iter("failure"):
            fail("gitlab", "the JUnit report has no failure for the new finding")
    except (OSError, ElementTree.ParseError) as error:
        fail("gitlab", f"quoteaudit-junit.xml missing or malformed: {error}")


# Checks its standard input the way reviewdog's rdjsonl parser needs it.
FAKE_REVIEWDOG = r"""#!/usr/bin/env python3
import json, sys
count = 0
for line in sys.stdin:
    diagnostic = json.loads(line)
    assert diagnostic["message"], line
    assert diagnostic["location"]["path"], line
    assert diagnostic["location"]["range"]["start"]["line"] >= 1, line
    count += 1
assert count > 0, "no diagnostics"
print(f"reviewdog stand-in: {count} diagnostics")
"""


def check_reviewdog(block_text, repo, env, bin_dir):
    with open(os.path.join(bin_dir, "reviewdog"), "w") as out:
        out.write(FAKE_REVIEWDOG)
    os.chmod(os.path.join(bin_dir, "reviewdog"), 0o755)
    command = block_text.replace("\\\n", " ")
    result = run("set -o pipefail; " + command, repo, env)
    if result.returncode != 0 or "diagnostics" not in result.stdout:
        fail("reviewdog", f"pipeline exited {result.returncode}: {result.stderr.strip()}")


def check_pre_commit(block_text, repo, env):
    hook = os.path.join(repo, ".git", "hooks", "pre-commit")
    with open(hook, "w") as out:
        out.write(block_text)
    os.chmod(hook, 0o755)
    story = os.path.join(repo, "articles", "ferry.txt")
    with open(story, "w") as out:
        out.write("Ferry strike\n\nThe crews walked out on Monday.\n\n"
                  "\"Nobody told us anything at all.\"\n")
    git(repo, env, "add", story)
    refused = run(["git", "commit", "-q", "-m", "ferry"], repo, env, shell=False)
    if refused.returncode == 0:
        fail("pre-commit", "a commit adding an unsourced quote went through")
    elif "unattributed-quote" not in refused.stdout + refused.stderr:
        fail("pre-commit", f"the hook did not say why: {refused.stdout} {refused.stderr}")
    with open(story, "w") as out:
        out.write("Ferry strike\n\nThe crews walked out on Monday.\n\n"
                  "\"Nobody told us anything,\" said Ilse Marr, a deckhand.\n")
    git(repo, env, "add", story)
    accepted = run(["git", "commit", "-q", "-m", "ferry"], repo, env, shell=False)
    if accepted.returncode != 0:
        fail("pre-commit", f"a clean commit was refused: {accepted.stdout} {accepted.stderr}")
    os.remove(hook)


def check_baseline(block_text, repo, env):
    commands = [line for line in block_text.splitlines() if line.strip()]
    result = None
    for command in commands:
        result = run(command, repo, env)
        if result.returncode != 0:
            fail("baseline", f"`{command}` exited {result.returncode}: "
                 f"{result.stdout.strip()} {result.stderr.strip()}")
            return
    if "vague-source" in result.stdout:
        fail("baseline", f"a baselined finding was reported again: {result.stdout}")
    baseline = open(os.path.join(repo, ".quoteaudit-baseline")).read().splitlines()
    if baseline != sorted(baseline) and baseline[1:] != sorted(baseline[1:]):
        fail("baseline", "the baseline file is not sorted")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    if shutil.which("git") is None:
        sys.exit("git is needed (scripts/install-deps installs it)")
    blocks = dict(MARKER.findall(open(os.path.join(root, "docs", "ci.md")).read()))
    expected = {"github", "gitlab", "reviewdog", "pre-commit", "baseline"}
    if set(blocks) != expected:
        sys.exit(f"docs/ci.md: ci-test blocks {sorted(blocks)}, expected {sorted(expected)}")
    with tempfile.TemporaryDirectory(prefix="qa-ci-doc-") as scratch:
        bin_dir = os.path.join(scratch, "bin")
        os.makedirs(bin_dir)
        os.symlink(binary, os.path.join(bin_dir, "quoteaudit"))
        env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ["PATH"],
               "HOME": scratch, "GIT_CONFIG_NOSYSTEM": "1",
               "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
               "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.org"}
        repo = make_repository(scratch, env)
        check_github(blocks["github"], repo, env)
        check_gitlab(blocks["gitlab"], repo, env)
        check_reviewdog(blocks["reviewdog"], repo, env, bin_dir)
        check_pre_commit(blocks["pre-commit"], repo, env)
        check_baseline(blocks["baseline"], repo, env)
    for failure in FAILURES:
        print(failure)
    if FAILURES:
        sys.exit(1)
    print(f"docs/ci.md: {len(blocks)} blocks ran as documented")


if __name__ == "__main__":
    main()
