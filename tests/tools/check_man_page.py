#!/usr/bin/env python3
"""Keeps the man page in step with --help, and checks that it renders cleanly.

    check_man_page.py BINARY MAN_PAGE [--source PATH]

MAN_PAGE is the page as built (build/man/quoteaudit.1.gz; gzipped or not);
--source is the file to name in messages (docs/man/quoteaudit.1.in). The script runs
`BINARY --help` and `BINARY COMMAND --help` for every command, and fails, saying
what to add or remove, when:

  - a command is not a .TP entry of COMMANDS, or COMMANDS lists one --help lacks;
  - an option (long name) is not a .TP entry of OPTIONS under the right .SS:
    "Common options" for those of `quoteaudit --help`, a section whose title
    names the command ("Options of check and quotes") for a command's own;
    or the page documents an option where --help does not have it;
  - a --format value (listed in the --format help, or as {a,b} after it) is not a
    .TP entry of OUTPUT FORMATS, or OUTPUT FORMATS lists one no --help has;
  - an option's fixed values ({info,warning,error}) are not all named in its entry;
  - `groff -man -Tutf8 -ww` prints any warning, or the NAME line is not
    "quoteaudit \\- summary" (what apropos and mandb read).

Python standard library only; groff comes from groff-base (scripts/install-deps).
"""

import argparse
import gzip
import re
import subprocess
import sys
from dataclasses import dataclass, field

COMMON = "Common options"


@dataclass
class HelpOption:
    names: list  # long names, e.g. ["--help"]
    value: str  # "LEVEL", "FORMAT[:FILE]" or ""
    choices: list  # from "LEVEL:{info,warning,error}"
    description: str
    format_values: dict = field(default_factory=dict)  # --format only: name -> description


@dataclass
class Help:
    options: list
    commands: dict  # name -> description (top-level help only)


def run_help(binary, args):
    result = subprocess.run([binary, *args, "--help"], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{binary} {' '.join(args + ['--help'])} exited {result.returncode}:\n"
                 f"{result.stderr}")
    return result.stdout


def parse_help(text):
    """Reads CLI11's help layout: sections "Options:", "Subcommands:"; an entry
    starts with two spaces, its description continues on deeper lines."""
    options, commands, section = [], {}, None
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"^\S.*:$", line):
            section = line[:-1]
            continue
        if not line.startswith("  ") or line.startswith("   "):
            if section == "Options" and options and line.strip():
                continuation(options[-1], line)
            continue
        columns = re.split(r"\s{2,}", line.strip(), maxsplit=1)
        head = columns[0]
        description = columns[1] if len(columns) > 1 else ""
        if not description and i + 1 < len(lines) and lines[i + 1].startswith("   "):
            description = lines[i + 1].strip()
        if section == "Subcommands":
            commands[head.split()[0]] = description
        elif section == "Options":
            words = head.split()
            names = [n for n in words[0].split(",") if n.startswith("--")]
            value, choices = "", []
            if len(words) > 1 and not words[1].endswith(":") and words[1] != "...":
                value = words[1]
                match = re.match(r"^(.*?):\{(.*)\}$", value)
                if match:
                    value, choices = match.group(1), match.group(2).split(",")
            options.append(HelpOption(names, value, choices, description))
    return Help(options, commands)


def continuation(option, line):
    """A deeper line under --format that reads "  name: description" lists a format."""
    if "--format" in option.names:
        match = re.match(r"^\s+([a-z][a-z0-9-]*): (.*)$", line)
        if match:
            option.format_values[match.group(1)] = match.group(2)


def read_help(binary):
    top = parse_help(run_help(binary, []))
    per_command = {name: parse_help(run_help(binary, [name])) for name in top.commands}
    return top, per_command


# --- the man page -----------------------------------------------------------------------


@dataclass
class Entry:
    tag: str  # the .TP tag as plain text
    body: str  # the entry's text, plain
    line: int


@dataclass
class ManSection:
    title: str  # .SH title
    subtitle: str  # .SS title or ""
    entries: list = field(default_factory=list)


def plain(roff):
    """Roff line to plain text: no request name, font changes or escapes."""
    text = roff
    if text.startswith("."):
        text = re.sub(r"^\.\S+\s*", "", text)
        text = text.replace('"', "")
    text = re.sub(r"\\f(\(..|\[[^]]*\]|.)", "", text)
    text = re.sub(r"\\\((..)", "?", text)
    text = text.replace("\\-", "-").replace("\\%", "").replace("\\&", "").replace("\\e", "\\")
    return text


def parse_man(text):
    sections, current, entry, expect_tag = [], None, None, False
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith('.\\"'):
            continue
        request = line.split()[0] if line.startswith(".") and line.strip() != "." else ""
        if request in (".SH", ".SS"):
            title = plain(line).strip()
            if request == ".SH":
                current = ManSection(title, "")
            else:
                current = ManSection(current.title if current else "", title)
            sections.append(current)
            entry, expect_tag = None, False
        elif request == ".TP":
            expect_tag = True
        elif expect_tag and current is not None:
            entry = Entry(plain(line).strip(), "", number)
            current.entries.append(entry)
            expect_tag = False
        elif request in (".PP", ".P", ".LP", ".RS"):
            entry = None
        elif entry is not None:
            entry.body += " " + plain(line)
    return sections


def long_options(tag):
    return re.findall(r"--[a-z][a-z0-9-]*", tag)


def section_commands(subtitle, known):
    """ "Options of check and quotes" -> {"check", "quotes"}; None for Common."""
    if subtitle == COMMON:
        return None
    words = re.findall(r"[A-Za-z][A-Za-z0-9-]*", subtitle.split(" of ", 1)[-1])
    return {w for w in words if w not in ("and", "or")}


def roff_escape(text):
    return text.replace("\\", "\\e").replace("-", "\\-")


def snippet(option):
    tag = " ".join(f"{roff_escape(n)}" for n in option.names)
    lines = [".TP"]
    if option.value:
        lines.append(f'.BI {tag} " {roff_escape(option.value)}"')
    else:
        lines.append(f".B {tag}")
    lines.append(roff_escape(option.description) or "(what it does)")
    return "\n".join("      " + line for line in lines)


class Report:
    def __init__(self, source):
        self.source = source
        self.problems = []

    def add(self, message):
        self.problems.append(message)

    def at(self, entry):
        """ "docs/man/quoteaudit.1.in:207: ": the built page keeps the source's lines."""
        return f"{self.source}:{entry.line}: "


def check_commands(top, man, report):
    section = next((s for s in man if s.title == "COMMANDS" and not s.subtitle), None)
    documented = {e.tag.split()[0]: e for e in section.entries} if section else {}
    for name, description in top.commands.items():
        if name not in documented:
            report.add(f"`quoteaudit --help` lists the command {name}, which the man page does not "
                       f"document. Add to .SH COMMANDS:\n      .TP\n      .B {name}\n"
                       f"      {roff_escape(description)}")
    for name, entry in documented.items():
        if name not in top.commands:
            report.add(f"{report.at(entry)}.SH COMMANDS documents {name}, which `quoteaudit "
                       f"--help` does not list: remove it.")


def check_options(top, per_command, man, report):
    option_sections = [s for s in man if s.title == "OPTIONS" and s.subtitle]
    common = next((s for s in option_sections if s.subtitle == COMMON), None)
    common_names = {n for e in (common.entries if common else []) for n in long_options(e.tag)}
    by_section = []
    for section in option_sections:
        commands = section_commands(section.subtitle, per_command)
        if commands is not None:
            for name in sorted(commands - set(per_command)):
                report.add(f'.SS "{section.subtitle}" names {name}, which is not a command of '
                           f"`quoteaudit --help` ({', '.join(per_command)}).")
        names = {n: e for e in section.entries for n in long_options(e.tag)}
        by_section.append((section, commands, names))

    # Common options: exactly those of `quoteaudit --help`.
    for option in top.options:
        for name in option.names:
            if name not in common_names:
                report.add(f"`quoteaudit --help` has {name}, which the man page does not document. "
                           f'Add under .SS "{COMMON}":\n{snippet(option)}')
    top_names = {n for o in top.options for n in o.names}
    for name in sorted(common_names - top_names):
        report.add(f'.SS "{COMMON}" documents {name}, which `quoteaudit --help` does not have: '
                   "remove it, or move it to the section of the command that has it.")

    # A command's own options: under a section naming the command.
    owners = {}  # option name -> (commands that have it, HelpOption)
    for command, help in per_command.items():
        for option in help.options:
            for name in option.names:
                if name in common_names:
                    continue
                owners.setdefault(name, (set(), option))[0].add(command)
    for name, (commands, option) in sorted(owners.items()):
        missing = sorted(c for c in commands
                         if not any(cs is not None and c in cs and name in names
                                    for _, cs, names in by_section))
        if not missing:
            continue
        target = next((s.subtitle for s, cs, _ in by_section if cs == set(missing)),
                      "Options of " + " and ".join(missing))
        exists = any(s.subtitle == target for s, _, _ in by_section)
        where = " and ".join(f"`quoteaudit {c} --help`" for c in missing)
        report.add(f"{where} {'has' if len(missing) == 1 else 'have'} {name}, which the man "
                   f'page does not document for {" and ".join(missing)}. Add under .SS "{target}"'
                   f"{'' if exists else ' (a new section after the others)'}:\n{snippet(option)}")
    for section, commands, names in by_section:
        if commands is None:
            continue
        for name, entry in sorted(names.items()):
            for command in sorted(commands & set(per_command)):
                if not any(name in o.names for o in per_command[command].options):
                    report.add(f'{report.at(entry)}.SS "{section.subtitle}" documents {name}, '
                               f"which `quoteaudit {command} --help` does not have: remove it "
                               "or move it to a section that names only the commands having it.")

    # Fixed values (other than --format's, which OUTPUT FORMATS lists) named in the entry.
    checks = [(None, top)] + list(per_command.items())
    for command, help in checks:
        for option in help.options:
            if not option.choices or "--format" in option.names:
                continue
            for section, commands, names in by_section:
                applies = commands is None if command is None else (
                    commands is None or command in commands)
                entry = next((names[n] for n in option.names if n in names), None)
                if not applies or entry is None:
                    continue
                text = entry.tag + " " + entry.body
                for value in option.choices:
                    if not re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", text):
                        report.add(f"{report.at(entry)}the entry for {option.names[0]} does not "
                                   f"name the value {value} (--help: "
                                   f"{{{','.join(option.choices)}}}): add it to the entry.")


def check_formats(per_command, man, report):
    section = next((s for s in man if s.title == "OUTPUT FORMATS" and not s.subtitle), None)
    documented = {e.tag.split()[0]: e for e in (section.entries if section else [])}
    in_help = {}  # format -> (description, commands)
    for command, help in per_command.items():
        for option in help.options:
            if "--format" not in option.names:
                continue
            values = dict(option.format_values)
            for value in option.choices:
                values.setdefault(value, "")
            for value, description in values.items():
                known = in_help.setdefault(value, [description, []])
                known[0] = known[0] or description
                known[1].append(command)
    for value, (description, commands) in in_help.items():
        if value not in documented:
            report.add(f"`quoteaudit {commands[0]} --help` lists the format {value}, which the man "
                       f'page does not document. Add under .SH "OUTPUT FORMATS":\n      .TP\n'
                       f"      .B {value}\n      {roff_escape(description) or '(what it is)'}")
    for value, entry in documented.items():
        if value not in in_help:
            report.add(f'{report.at(entry)}.SH "OUTPUT FORMATS" documents {value}, which no '
                       "--format of any command accepts: remove it.")


def check_rendering(text, version, report):
    result = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z"], input=text,
                            capture_output=True, text=True)
    if result.returncode != 0 or result.stderr:
        report.add(f"groff -man -Tutf8 -ww warns (lines of the built page):\n{result.stderr}")
    name = re.search(r"^\.SH NAME\n(.*)$", text, re.M)
    if not name or not re.match(r"^quoteaudit \\- \S", name.group(1)):
        report.add('the line after .SH NAME must read "quoteaudit \\- summary" (apropos reads it)')
    th = re.search(r'^\.TH QUOTEAUDIT 1 \S+ "quoteaudit ([^"]*)"', text, re.M)
    if not th or th.group(1) != version:
        report.add(f'.TH must name "quoteaudit {version}" (the --version of the binary), got '
                   f"{th.group(1) if th else 'no .TH QUOTEAUDIT 1 line'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("man_page")
    parser.add_argument("--source", help="the file to name in messages")
    args = parser.parse_args()
    source = args.source or args.man_page
    opener = gzip.open if args.man_page.endswith(".gz") else open
    with opener(args.man_page, "rt", encoding="utf-8") as f:
        text = f.read()

    top, per_command = read_help(args.binary)
    version = subprocess.run([args.binary, "--version"], capture_output=True,
                             text=True).stdout.split()[-1]
    man = parse_man(text)
    report = Report(source)
    check_commands(top, man, report)
    check_options(top, per_command, man, report)
    check_formats(per_command, man, report)
    check_rendering(text, version, report)
    if report.problems:
        print(f"{source} is out of step with --help ({len(report.problems)} problems):\n")
        for problem in report.problems:
            print(f"- {problem}\n")
        print(f"Edit {source}, rebuild, and run this test again.")
        return 1
    options = len({n for h in [top, *per_command.values()] for o in h.options for n in o.names})
    print(f"{source}: {len(top.commands)} commands and {options} options, as --help lists them; "
          "groff renders it without warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
