#!/usr/bin/env python3
"""Renders the html report in headless Chromium and checks the DOM it built.

Usage: check_html_report.py QUOTEAUDIT SOURCE_DIR

Runs QUOTEAUDIT (from SOURCE_DIR) over the sample articles (fixtures/samples),
a hostile article written here and a missing file, writing the html and the
JSON report in one run. Chromium (--dump-dom) then parses the page as a
browser does and prints the DOM it built; that DOM must hold, per file,
exactly as many distinct data-quote and data-finding values as the JSON report
has quotes and findings, the article text exactly as in the file, no element
that came from article text (script, img, textarea, ...), nothing that loads
from elsewhere, and the missing file listed with its message.

Chromium is the Debian package chromium (scripts/install-deps installs it).
It is required: without it the check fails, it never skips. Exit status: 0
all checks passed, 1 a check failed or chromium is missing, 2 usage.
"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

CHROMIUM_TIMEOUT_SECONDS = 60

# Invented copy that tries to leave the page's text: tags, a comment, a
# closing textarea and style, attribute quotes, a base URL; with a quote and
# a vague source so that it has marks.
HOSTILE = (
    "Quarry vote in Dunmere <script>document.title='owned'</script>\n"
    "\n"
    "\"Nobody will </textarea></style><img src=x onerror=alert(1)> stop us,\" "
    "said Wren Halloway.\n"
    "\n"
    "Analysts said the <!-- tally --> & \"recount\" <base href=\"http://example.invalid/\"> "
    "was fair.\n"
)

# Elements the report never writes: any in the DOM came from article text.
FORBIDDEN = {"script", "img", "textarea", "iframe", "object", "embed", "link", "base",
             "form", "input", "svg", "math", "video", "audio"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}


class ReportDom(html.parser.HTMLParser):
    """Collects, per file section, the marks and the text of its article."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # open elements: (tag, is_section, is_article)
        self.sections = {}  # data-path -> {"classes", "quotes", "findings", "text", "articles"}
        self.section = None
        self.in_article = 0
        self.forbidden = []
        self.loads = []
        self.input_errors = ""
        self.in_input_errors = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag in FORBIDDEN:
            self.forbidden.append(tag)
        if "src" in attributes:
            self.loads.append(f"<{tag} src={attributes['src']}>")
        href = attributes.get("href")
        if href is not None and not href.startswith("#"):
            self.loads.append(f"<{tag} href={href}>")
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            self.loads.append("<meta http-equiv=refresh>")
        if tag in VOID:
            return
        is_section = tag == "section" and "file" in classes
        is_article = tag == "div" and "article" in classes
        is_errors = "input-errors" in classes
        if is_section:
            self.section = self.sections.setdefault(
                attributes.get("data-path"),
                {"classes": classes, "quotes": set(), "findings": set(), "text": [],
                 "articles": 0})
        if is_article and self.section is not None:
            self.section["articles"] += 1
        self.in_article += is_article
        self.in_input_errors += is_errors
        if self.in_article and self.section is not None:
            self.section["quotes"].update((attributes.get("data-quote") or "").split())
            self.section["findings"].update((attributes.get("data-finding") or "").split())
        self.stack.append((tag, is_section, is_article, is_errors))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, is_section, is_article, is_errors = self.stack.pop()
            self.in_article -= is_article
            self.in_input_errors -= is_errors
            if is_section:
                self.section = None
            if open_tag == tag:
                return

    def handle_data(self, data):
        if self.in_article and self.section is not None:
            self.section["text"].append(data)
        if self.in_input_errors:
            self.input_errors += data


def fail(problems):
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    return 1


def run_report(binary, source_dir, work):
    """Writes report.html and report.json in `work`; returns the JSON."""
    hostile = os.path.join(work, "hostile.txt")
    with open(hostile, "w", encoding="utf-8") as out:
        out.write(HOSTILE)
    command = [binary, "check", "--fail-level", "none",
               "--format", f"html:{work}/report.html", "--format", f"json:{work}/report.json",
               "fixtures/samples", hostile, os.path.join(work, "missing.txt")]
    result = subprocess.run(command, cwd=source_dir, capture_output=True, text=True,
                            timeout=CHROMIUM_TIMEOUT_SECONDS)
    # 2: the missing file is an input error; every other file was audited.
    if result.returncode != 2:
        raise RuntimeError(f"quoteaudit exited {result.returncode}, not 2:\n{result.stderr}")
    with open(os.path.join(work, "report.json"), encoding="utf-8") as report:
        return json.load(report)


def dump_dom(chromium, page, work):
    """The DOM Chromium built from `page`, serialized."""
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-extensions", "--no-first-run",
               f"--user-data-dir={work}/profile", "--dump-dom", f"file://{page}"]
    result = subprocess.run(command, capture_output=True, text=True,
                            timeout=CHROMIUM_TIMEOUT_SECONDS)
    if result.returncode != 0 or "<html" not in result.stdout:
        raise RuntimeError(f"chromium exited {result.returncode}:\n{result.stderr[-2000:]}")
    return result.stdout


def check(report, dom, source_dir):
    problems = []
    if dom.forbidden:
        problems.append(f"elements from article text in the DOM: {sorted(set(dom.forbidden))}")
    if dom.loads:
        problems.append(f"the page loads from elsewhere: {dom.loads}")
    marked_quotes = marked_findings = 0
    for file in report["files"]:
        path = file["path"]
        section = dom.sections.get(path)
        if section is None:
            problems.append(f"{path}: no section in the DOM")
            continue
        if file["errors"] and not file["quotes"] and "unreadable" in section["classes"]:
            message = file["errors"][0]["message"]
            if f"{path}: {message}" not in dom.input_errors:
                problems.append(f"{path}: not listed under input errors with '{message}'")
            continue
        if section["articles"] != 1:
            problems.append(f"{path}: {section['articles']} articles in its section, not 1")
            continue
        for key, marks in (("quotes", section["quotes"]), ("findings", section["findings"])):
            if len(marks) != len(file[key]):
                problems.append(f"{path}: {len(marks)} distinct marked {key} in the DOM, "
                                f"{len(file[key])} in the JSON report")
        marked_quotes += len(section["quotes"])
        marked_findings += len(section["findings"])
        with open(os.path.join(source_dir, path), encoding="utf-8") as article:
            if "".join(section["text"]) != article.read():
                problems.append(f"{path}: the article text in the DOM differs from the file")
    if marked_quotes == 0 or marked_findings == 0:
        problems.append("nothing marked: the samples have quotes and findings")
    return problems, marked_quotes, marked_findings


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, source_dir = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    chromium = shutil.which("chromium")
    if chromium is None:
        return fail(["chromium is not installed; run scripts/install-deps (as root) to "
                     "install the Debian package chromium"])
    work = tempfile.mkdtemp(prefix="qa-html-chromium-")
    try:
        report = run_report(binary, source_dir, work)
        dom = ReportDom()
        dom.feed(dump_dom(chromium, os.path.join(work, "report.html"), work))
        dom.close()
        problems, quotes, findings = check(report, dom, source_dir)
    except (RuntimeError, subprocess.TimeoutExpired, OSError, ValueError) as error:
        return fail([str(error)])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if problems:
        return fail(problems)
    print(f"ok: {len(report['files'])} files; Chromium's DOM marks {quotes} quotes and "
          f"{findings} findings, as the JSON report lists; no element from article text")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
