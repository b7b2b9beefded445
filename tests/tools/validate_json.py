#!/usr/bin/env python3
"""Validates JSON documents against a JSON schema of any draft.

Usage: validate_json.py SCHEMA FILE...
The schema's "$schema" picks the draft (SARIF's is draft-04). Exit status:
0 every file is valid, 1 some file is not (each error printed with its JSON
pointer), 3 the jsonschema module is missing, 2 usage or unreadable input.
"""
import json
import sys


def main(argv):
    try:
        import jsonschema
    except ImportError:
        print("python3-jsonschema is not installed; run scripts/install-deps "
              "(or apt-get install python3-jsonschema)")
        return 3
    if len(argv) < 3:
        print(__doc__)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{argv[1]}: cannot read the schema: {e}")
        return 2
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    problems = 0
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{path}: cannot read as JSON: {e}")
            return 2
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
            pointer = "".join("/" + str(p) for p in error.path)
            print(f"{path}: {pointer or '/'}: {error.message}")
            problems += 1
    print(f"{len(argv) - 2} files checked against {argv[1]}, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
