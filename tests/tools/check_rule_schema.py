#!/usr/bin/env python3
"""Validates rule files against docs/rule-file.schema.json.

Usage: check_rule_schema.py SCHEMA [--valid FILE...] [--invalid FILE...]
Files after --valid must satisfy the schema, files after --invalid must not.
Rule files may hold // and /* */ comments (quoteaudit allows them); they are
stripped before validating. Exit status: 0 all as expected, 1 some file not as
expected, 3 the jsonschema module is missing, 2 usage or unreadable input.
"""
import json
import sys


def strip_comments(text):
    """Removes // and /* */ comments outside JSON strings, keeping newlines."""
    out = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_string = False
            i += 1
        elif c == '"':
            in_string = True
            out.append(c)
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            chunk = text[i:n if end < 0 else end + 2]
            out.append("\n" * chunk.count("\n"))
            i = n if end < 0 else end + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def main(argv):
    try:
        import jsonschema
    except ImportError:
        print("python3-jsonschema is not installed; run scripts/install-deps "
              "(or apt-get install python3-jsonschema)")
        return 3
    if len(argv) < 2:
        print(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    expect_valid = True
    checked = 0
    problems = []
    for arg in argv[2:]:
        if arg in ("--valid", "--invalid"):
            expect_valid = arg == "--valid"
            continue
        try:
            with open(arg, encoding="utf-8") as f:
                document = json.loads(strip_comments(f.read()))
        except (OSError, ValueError) as e:
            problems.append(f"{arg}: cannot read as JSON: {e}")
            continue
        checked += 1
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        if expect_valid:
            for error in errors:
                pointer = "".join("/" + str(p) for p in error.path)
                problems.append(f"{arg}: {pointer or '/'}: {error.message}")
        elif not errors:
            problems.append(f"{arg}: expected the schema to reject this file, but it passed")
    for problem in problems:
        print(problem)
    print(f"{checked} rule files checked against {argv[1]}, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
