#!/usr/bin/env python3
"""Checks every #include in a source tree against the stage table.

Usage: check_stage_deps.py [--minimal] SRC_DIR [TABLE]
SRC_DIR holds one folder per stage (src/core, src/scan, ...); TABLE defaults to
SRC_DIR/stage-deps.json. A file in stage S may include its own stage and the
stages S "uses"; it may see a third-party header (directly, or through any
header it includes) only when S lists that library. Every violation is printed
as "src/report/x.cc:12: report may not include scan/scanner.h". With
--minimal, an arrow or library the table lists but no file uses is a
violation too, so the table stays minimal as well as true. Exit status: 0
clean, 1 violations found, 2 usage or unreadable table.
"""
import json
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')
SOURCE_EXTENSIONS = (".h", ".cc")


def read_includes(path):
    """[(line number, '"' or '<', header)] for one file."""
    found = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if m:
                found.append((number, m.group(1), m.group(2)))
    return found


def library_of(header, libraries):
    for name, info in libraries.items():
        if header.startswith(info["headers"]):
            return name
    return None


class Checker:
    def __init__(self, src_dir, table):
        self.src_dir = src_dir
        self.display_root = os.path.dirname(os.path.abspath(src_dir.rstrip("/")))
        self.stages = table["stages"]
        self.libraries = table["libraries"]
        self.includes = {}  # relative path -> includes, cached
        self.seen_libraries = {}  # relative path -> {library: header}, cached
        self.errors = []
        self.used = {}  # stage -> stages and libraries its files use

    def display(self, relative):
        path = os.path.join(os.path.abspath(self.src_dir), relative)
        return os.path.relpath(path, self.display_root)

    def includes_of(self, relative):
        if relative not in self.includes:
            path = os.path.join(self.src_dir, relative)
            self.includes[relative] = read_includes(path) if os.path.isfile(path) else []
        return self.includes[relative]

    def libraries_seen(self, relative, visiting=None):
        """{library: header} for every third-party header reachable from a file."""
        if relative in self.seen_libraries:
            return self.seen_libraries[relative]
        visiting = visiting or set()
        visiting.add(relative)
        seen = {}
        for _, kind, header in self.includes_of(relative):
            if kind == "<":
                library = library_of(header, self.libraries)
                if library:
                    seen.setdefault(library, header)
            elif header not in visiting:
                for library, through in self.libraries_seen(header, visiting).items():
                    seen.setdefault(library, through)
        self.seen_libraries[relative] = seen
        return seen

    def check_file(self, stage, relative):
        rules = self.stages[stage]
        where = self.display(relative)
        used = self.used.setdefault(stage, set())
        for number, kind, header in self.includes_of(relative):
            at = "%s:%d" % (where, number)
            if kind == "<":
                library = library_of(header, self.libraries)
                used.add(library)
                if library and library not in rules["libraries"]:
                    self.errors.append("%s: %s may not include <%s>" % (at, stage, header))
                continue
            target = header.split("/", 1)[0] if "/" in header else None
            if target is None:
                self.errors.append('%s: include "%s" by its stage folder ("%s/...")'
                                   % (at, header, stage))
                continue
            used.add(target)
            if target != stage and target not in rules["uses"]:
                self.errors.append("%s: %s may not include %s" % (at, stage, header))
                continue
            for library, through in sorted(self.libraries_seen(header).items()):
                used.add(library)
                if library not in rules["libraries"]:
                    self.errors.append("%s: %s may not see <%s> (through %s)"
                                       % (at, stage, through, header))

    def run(self):
        checked = 0
        for stage in sorted(os.listdir(self.src_dir)):
            folder = os.path.join(self.src_dir, stage)
            if not os.path.isdir(folder):
                continue
            if stage not in self.stages:
                self.errors.append("%s: stage %s is not in the stage table"
                                   % (self.display(stage), stage))
                continue
            for name in sorted(os.listdir(folder)):
                if name.endswith(SOURCE_EXTENSIONS):
                    self.check_file(stage, stage + "/" + name)
                    checked += 1
        return checked

    def check_minimal(self, table_path):
        """Errors for arrows and libraries the table lists but nothing uses."""
        for stage in sorted(self.used):
            rules = self.stages[stage]
            for listed in rules["uses"] + rules["libraries"]:
                if listed not in self.used[stage]:
                    self.errors.append("%s: stage %s lists %s, which no file in %s uses; drop it"
                                       % (table_path, stage, listed, self.display(stage)))


def check_table(table):
    problems = []
    stages = table.get("stages", {})
    for stage, rules in stages.items():
        for used in rules.get("uses", []):
            if used not in stages:
                problems.append("stage %s uses unknown stage %s" % (stage, used))
        for library in rules.get("libraries", []):
            if library not in table.get("libraries", {}):
                problems.append("stage %s lists unknown library %s" % (stage, library))
    return problems


def main(argv):
    minimal = "--minimal" in argv[1:]
    args = [arg for arg in argv[1:] if arg != "--minimal"]
    if len(args) not in (1, 2):
        sys.stderr.write(__doc__)
        return 2
    src_dir = args[0]
    table_path = args[1] if len(args) == 2 else os.path.join(src_dir, "stage-deps.json")
    try:
        with open(table_path, encoding="utf-8") as f:
            table = json.load(f)
    except (OSError, ValueError) as e:
        sys.stderr.write("%s: %s\n" % (table_path, e))
        return 2
    problems = check_table(table)
    if problems:
        for problem in problems:
            sys.stderr.write("%s: %s\n" % (table_path, problem))
        return 2
    checker = Checker(src_dir, table)
    checked = checker.run()
    if minimal:
        checker.check_minimal(table_path)
    for error in checker.errors:
        print(error)
    if checker.errors:
        print("%d include(s) cross a stage boundary not in %s" % (len(checker.errors), table_path))
        return 1
    print("%d files: every include follows %s" % (checked, table_path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
