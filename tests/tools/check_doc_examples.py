#!/usr/bin/env python3
"""Checks that every example of output in the docs is what the tool prints today.

    check_doc_examples.py BINARY [--root DIR] [--update] [FILE.md ...]

Reads README.md and docs/**/*.md under DIR (default: the repository holding this
script), or the FILEs given. A marker line immediately before a fenced code block

    <!-- example: ARGS -->
    ```
    ...
    ```

says the block is exactly the standard output of `quoteaudit ARGS`, run from DIR.
ARGS are shell words (quotes work as in sh). Modifiers may follow, each after " | ":

    | exit N    the command must exit N (by default it must exit 0 or 1: a run
                that fails with 2 is a broken example unless the marker says so)
    | stderr    the block is standard error instead of standard output
    | json      the output is JSON, shown indented by two spaces
                (what `... | python3 -m json.tool --indent 2 --no-ensure-ascii` prints)
    | head N    only the first N lines are shown (after json, if both are given)

e.g. `<!-- example: check --format json fixtures/examples/pier.txt | json | head 20 -->`.
A marker `<!-- file: PATH -->` says the block is exactly the file PATH (relative to
DIR): the input an example runs on, shown beside its output.

The tool's own version is written as X.Y.Z in the blocks, so a release changes no
example. An output holding DIR's absolute path is an error: choose an example
that does not print one.

Also checked, in every ```sh block: a command that starts with scripts/, .ci/ or
tests/tools/ names a file that exists (scripts/ and .ci/ ones executable), and a
`quoteaudit` command uses only options that some `quoteaudit [COMMAND] --help` lists.

On a difference the script prints a unified diff per block and exits 1;
`scripts/update-doc-examples` (this script with --update) rewrites the blocks from
the tool's output. Python standard library only.
"""

import argparse
import difflib
import json
import os
import pathlib
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field

MARKER = re.compile(r"^(\s*)<!-- (example|file): (.*?) -->\s*$")
FENCE = re.compile(r"^(\s*)(`{3,})(.*)$")
VERSION_PLACEHOLDER = "X.Y.Z"
UPDATE_COMMAND = "scripts/update-doc-examples"
CHECKED_SCRIPT_DIRS = ("scripts/", ".ci/", "tests/tools/")


class MarkerError(Exception):
    pass


@dataclass
class Example:
    path: pathlib.Path
    marker_line: int  # 1-based
    indent: str
    args: list
    exit_status: int = None  # None: 0 or 1
    stderr: bool = False
    json: bool = False
    head: int = None
    # Lines of the file [start, end) holding the block's content.
    start: int = 0
    end: int = 0
    content: str = ""
    marker: str = ""
    file: str = None  # a file marker's path: the block is this file


@dataclass
class Block:
    path: pathlib.Path
    line: int  # of the opening fence, 1-based
    language: str
    lines: list = field(default_factory=list)


def parse_marker(text):
    words = shlex.split(text)
    parts, current = [], []
    for word in words:
        if word == "|":
            parts.append(current)
            current = []
        else:
            current.append(word)
    parts.append(current)
    if not parts[0]:
        raise MarkerError("no arguments before the first |")
    options = {"args": parts[0]}
    for modifier in parts[1:]:
        name, values = (modifier[0], modifier[1:]) if modifier else ("", [])
        if name in ("exit", "head") and len(values) == 1 and values[0].isdigit():
            options["exit_status" if name == "exit" else "head"] = int(values[0])
        elif name in ("stderr", "json") and not values:
            options[name] = True
        else:
            raise MarkerError(f"unknown modifier '| {' '.join(modifier)}' "
                              "(known: exit N, stderr, json, head N)")
    return options


def parse_file_marker(text):
    words = shlex.split(text)
    if len(words) != 1:
        raise MarkerError("a file marker names one file: <!-- file: PATH -->")
    return words[0]


def scan(path):
    """The marked examples and the fenced blocks of one Markdown file."""
    lines = path.read_text(encoding="utf-8").split("\n")
    examples, blocks, errors = [], [], []
    i = 0
    while i < len(lines):
        marker = MARKER.match(lines[i])
        fence = FENCE.match(lines[i])
        if marker:
            fence = FENCE.match(lines[i + 1]) if i + 1 < len(lines) else None
            if not fence or fence.group(1) != marker.group(1):
                errors.append(f"{path}:{i + 1}: an example marker must be followed at once by "
                              "a fenced code block, indented as the marker is")
                i += 1
                continue
            try:
                if marker.group(2) == "file":
                    options = {"args": [], "file": parse_file_marker(marker.group(3))}
                else:
                    options = parse_marker(marker.group(3))
            except (MarkerError, ValueError) as error:
                errors.append(f"{path}:{i + 1}: {error}")
                options = None
            block, i = read_block(path, lines, i + 1, errors)
            if options is not None and block is not None:
                example = Example(path, block.line - 1, marker.group(1), **options)
                example.marker = f"{marker.group(2)}: {marker.group(3)}"
                example.start, example.end = block.line, block.line + len(block.lines)
                example.content = "".join(
                    line[len(example.indent):] + "\n" for line in block.lines)
                examples.append(example)
            continue
        if fence:
            block, i = read_block(path, lines, i, errors)
            if block is not None:
                blocks.append(block)
            continue
        i += 1
    return examples, blocks, errors


def read_block(path, lines, start, errors):
    """The fenced block opening at lines[start]; returns it and the next line index."""
    opening = FENCE.match(lines[start])
    indent, ticks, language = opening.group(1), opening.group(2), opening.group(3).strip()
    for end in range(start + 1, len(lines)):
        closing = FENCE.match(lines[end])
        if closing and closing.group(2) == ticks and not closing.group(3).strip():
            return Block(path, start + 1, language, lines[start + 1:end]), end + 1
    errors.append(f"{path}:{start + 1}: this code block is never closed")
    return None, len(lines)


def read_input(root, example):
    path = (root / example.file).resolve()
    if root not in path.parents or not path.is_file():
        raise MarkerError(f"{example.file} is not a file under {root}")
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        raise MarkerError(f"{example.file} does not end with a line break, so no block can "
                          "show it exactly")
    return text


def run_example(binary, root, example, version):
    if example.file is not None:
        return read_input(root, example)
    result = subprocess.run([binary, *example.args], cwd=root, capture_output=True, text=True,
                            timeout=120)
    command = "quoteaudit " + shlex.join(example.args)
    allowed = (0, 1) if example.exit_status is None else (example.exit_status,)
    if result.returncode not in allowed:
        wanted = "0 or 1" if example.exit_status is None else str(example.exit_status)
        hint = "" if example.exit_status is not None else (
            f" (if that is the point of the example, add '| exit {result.returncode}' to the "
            "marker)")
        raise MarkerError(f"`{command}` exited {result.returncode}, expected {wanted}{hint}:\n"
                          f"{result.stdout}{result.stderr}")
    output = result.stderr if example.stderr else result.stdout
    if example.json:
        try:
            output = json.dumps(json.loads(output), indent=2, ensure_ascii=False) + "\n"
        except json.JSONDecodeError as error:
            raise MarkerError(f"`{command}` did not print JSON ({error})")
    if example.head is not None:
        output = "".join(output.splitlines(keepends=True)[:example.head])
    if version:
        output = re.sub(rf"(?<![\w.]){re.escape(version)}(?!\w|\.\w)", VERSION_PLACEHOLDER,
                        output)
    if str(root) in output:
        raise MarkerError(f"`{command}` prints the absolute path {root}; choose an example "
                          "that does not (paths relative to the repository root stay the same "
                          "on every machine)")
    return output


def source(example):
    if example.file is not None:
        return example.file
    return "quoteaudit " + shlex.join(example.args)


def tool_version(binary):
    result = subprocess.run([binary, "--version"], capture_output=True, text=True)
    words = result.stdout.split()
    return words[-1] if result.returncode == 0 and words else ""


def known_options(binary):
    def options(args):
        text = subprocess.run([binary, *args, "--help"], capture_output=True, text=True).stdout
        return text, set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", text))

    text, names = options([])
    commands = re.findall(r"^  ([a-z]+)\s", text.split("Subcommands:", 1)[-1], re.M)
    for command in commands:
        names |= options([command])[1]
    return names


def check_sh_blocks(blocks, root, binary, problems):
    """Commands in sh blocks: scripts exist, quoteaudit options exist."""
    options = None
    for block in blocks:
        if block.language not in ("sh", "bash", "console", "shell"):
            continue
        for offset, line in enumerate(block.lines):
            where = f"{block.path}:{block.line + 1 + offset}"
            for command in simple_commands(line):
                first = command[0]
                if first.startswith(CHECKED_SCRIPT_DIRS):
                    path = root / first
                    if not path.is_file():
                        problems.append(f"{where}: {first} does not exist")
                    elif not first.startswith("tests/") and not os.access(path, os.X_OK):
                        problems.append(f"{where}: {first} is not executable")
                elif os.path.basename(first) == "quoteaudit":
                    if options is None:
                        options = known_options(binary)
                    for word in command[1:]:
                        name = word.split("=", 1)[0]
                        if re.fullmatch(r"--[a-z][a-z0-9-]*", name) and name not in options:
                            problems.append(f"{where}: quoteaudit has no option {name} "
                                            "(no --help lists it)")


def simple_commands(line):
    """The commands of one shell line, split at |, &&, ;, > and the like."""
    lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    try:
        words = list(lexer)
    except ValueError:
        return []
    commands, current, skip_next = [], [], False
    for word in words:
        if skip_next:  # the file name after a redirection
            skip_next = False
            continue
        if word and all(c in "();<>|&" for c in word):
            skip_next = word in (">", ">>", "<", "2>")
            if current:
                commands.append(current)
            current = []
            continue
        current.append(word)
    if current:
        commands.append(current)
    return commands


def markdown_files(root, given):
    if given:
        return [pathlib.Path(p).resolve() for p in given]
    files = [root / "README.md"] if (root / "README.md").exists() else []
    return files + sorted((root / "docs").rglob("*.md"))


def relative(path, root):
    try:
        return path.relative_to(root)
    except ValueError:
        return path


def rewrite(path, examples, outputs):
    lines = path.read_text(encoding="utf-8").split("\n")
    for example in sorted(examples, key=lambda e: e.start, reverse=True):
        new = [example.indent + line if line else line
               for line in outputs[id(example)].rstrip("\n").split("\n")]
        if outputs[id(example)] == "":
            new = []
        lines[example.start:example.end] = new
    path.write_text("\n".join(lines), encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("files", nargs="*")
    parser.add_argument("--root", default=pathlib.Path(__file__).resolve().parents[2])
    parser.add_argument("--update", action="store_true",
                        help="rewrite the blocks from the tool's output")
    args = parser.parse_args()
    root = pathlib.Path(args.root).resolve()
    binary = os.path.abspath(args.binary)
    version = tool_version(binary)

    problems, differences, changed = [], [], []
    count = 0
    for path in markdown_files(root, args.files):
        examples, blocks, errors = scan(path)
        shown = relative(path, root)
        problems += [e.replace(str(path), str(shown), 1) for e in errors]
        for block in blocks:
            block.path = shown
        check_sh_blocks(blocks, root, binary, problems)
        outputs = {}
        for example in examples:
            count += 1
            try:
                output = run_example(binary, root, example, version)
            except (MarkerError, subprocess.TimeoutExpired) as error:
                problems.append(f"{shown}:{example.marker_line}: {error}")
                continue
            outputs[id(example)] = output
            if output != example.content:
                differences.append(
                    f"{shown}:{example.marker_line}: <!-- {example.marker} -->\n" +
                    "".join(difflib.unified_diff(
                        example.content.splitlines(keepends=True),
                        output.splitlines(keepends=True),
                        f"{shown} (the block)", f"{source(example)} (now)")))
        if args.update and any(outputs[id(e)] != e.content for e in examples if id(e) in outputs):
            rewrite(path, [e for e in examples if id(e) in outputs], outputs)
            changed.append(str(shown))

    for problem in problems:
        print(problem)
    if args.update:
        print(f"{count} examples; rewrote {len(changed)} files"
              f"{': ' + ', '.join(changed) if changed else ''}; review with: git diff")
        return 1 if problems else 0
    for difference in differences:
        print(difference)
    if differences:
        print(f"{len(differences)} of {count} examples differ from what quoteaudit prints now. "
              f"If the new output is right, run {UPDATE_COMMAND} and review the change with "
              "git diff; otherwise fix the tool.")
    if problems or differences:
        return 1
    print(f"{count} examples match the tool's output")
    return 0


if __name__ == "__main__":
    sys.exit(main())
