#!/usr/bin/env python3
"""Builds the Debian package from a build folder and uses it as a user would.

    check_package.py --cpack CPACK --build-dir BUILD --source-dir SRC --version V

Runs `cpack -G DEB` into a temporary folder, then checks the package:
  - `dpkg-deb -I`: Package quoteaudit, Version V, Section utils, a Maintainer, and a
    Depends computed by dpkg-shlibdeps that names the runtime libraries
    (libmd4c, libc and poppler's for the PDF module; with --static-libraries
    OFF also libre2, libgumbo, libyaml-cpp, libtomlplusplus, zlib, Abseil's
    and libstdc++). With ON the first five and Abseil are linked into the
    binary and must not be named; libstdc++ is linked in too but stays in
    Depends through the PDF module's poppler;
  - `dpkg-deb -c`: /usr/bin/quoteaudit, the PDF module (quoteaudit-pdf.so under
    /usr/lib/), the gzipped man page, README.md and every docs/**/*.md of the
    source tree under /usr/share/doc/quoteaudit, and nothing else (no test
    binaries, other libraries or headers);
  - unpacked (`dpkg-deb -x`) into a scratch root: the man page is valid gzip
    naming version V, and the binary, run from a scratch folder outside the
    repository, prints its version, lists the rules and audits a small article
    with the built-in rules it carries, as the build's binary does, and verifies
    quotes against a PDF through the packaged module.

Needs what CPack's Depends computation runs, dpkg-shlibdeps (dpkg-dev) and file;
a missing tool fails the test. Python standard library only.
"""

import argparse
import gzip
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

# Runtime libraries the binary and the PDF module link (CMakeLists.txt); each
# must be in Depends.
REQUIRED_DEPENDS = ["libmd4c", "libc6", "libpoppler-cpp"]
# Linked into the binary with QA_STATIC_LIBRARIES (cmake/static_libraries.cmake),
# else shared: in Depends exactly when shared.
STATIC_DEPENDS = ["libre2-", "libgumbo", "libyaml-cpp", "libtomlplusplus", "zlib1g", "libabsl"]

# A short fictional article with one quote nobody said and one vague source.
ARTICLE = """Lake Orva ferry service to run through winter

The Lake Orva ferry will keep sailing through the winter, Harbour Master Tove Lindqvist said on Monday.

"We have two boats ready and crews for both," Lindqvist said.

Experts said the ice would come late this year.

The crossing takes forty minutes.

"Nobody has told the islanders anything."
"""


class Failure(Exception):
    pass


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def must(command, what, **kwargs):
    result = run(command, **kwargs)
    if result.returncode != 0:
        raise Failure(f"{what} failed ({' '.join(map(str, command))}, exit "
                      f"{result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stdout


def build_package(cpack, build_dir, out_dir):
    must([cpack, "-G", "DEB", "--config", os.path.join(build_dir, "CPackConfig.cmake"),
          "-B", out_dir], "cpack")
    debs = sorted(pathlib.Path(out_dir).glob("quoteaudit_*.deb"))
    if len(debs) != 1:
        raise Failure(f"cpack made {len(debs)} quoteaudit_*.deb files in {out_dir}, not one")
    return str(debs[0])


def check_fields(deb, version, static_libraries, problems):
    info = must(["dpkg-deb", "-I", deb], "dpkg-deb -I")
    fields = dict(re.findall(r"^ ([A-Za-z-]+): (.*)$", info, re.M))
    expected = {"Package": "quoteaudit", "Version": version, "Section": "utils"}
    for key, value in expected.items():
        if fields.get(key) != value:
            problems.append(f"dpkg-deb -I: {key} is {fields.get(key)!r}, expected {value!r}")
    if not fields.get("Maintainer"):
        problems.append("dpkg-deb -I: no Maintainer")
    if not fields.get("Description", "").strip():
        problems.append("dpkg-deb -I: no Description")
    depends = [d.strip().split()[0] for d in fields.get("Depends", "").split(",") if d.strip()]
    # libstdc++6 is required only when shared, but never forbidden: poppler needs it.
    required = REQUIRED_DEPENDS + ([] if static_libraries else STATIC_DEPENDS + ["libstdc++6"])
    for library in required:
        if not any(d.startswith(library) for d in depends):
            problems.append(f"dpkg-deb -I: Depends ({', '.join(depends) or 'empty'}) names no "
                            f"{library}* package; is CPACK_DEBIAN_PACKAGE_SHLIBDEPS on?")
    for library in STATIC_DEPENDS if static_libraries else []:
        if any(d.startswith(library) for d in depends):
            problems.append(f"dpkg-deb -I: Depends ({', '.join(depends)}) names a {library}* "
                            "package, but the binary is built with that library linked in")
    return fields


def expected_files(source_dir):
    docs = ["usr/share/doc/quoteaudit/README.md"]
    for path in sorted(pathlib.Path(source_dir, "docs").rglob("*.md")):
        docs.append("usr/share/doc/quoteaudit/docs/" + path.relative_to(
            pathlib.Path(source_dir, "docs")).as_posix())
    return ["usr/bin/quoteaudit", "usr/share/man/man1/quoteaudit.1.gz"] + docs


def check_file_list(deb, source_dir, problems):
    listing = must(["dpkg-deb", "-c", deb], "dpkg-deb -c")
    files = set()
    for line in listing.splitlines():
        if line.startswith("-"):
            files.add(line.split()[-1].removeprefix("./"))
    for path in expected_files(source_dir):
        if path not in files:
            problems.append(f"the package lacks /{path}")
    modules = [path for path in files if path.startswith("usr/lib/")
               and path.endswith("/quoteaudit/quoteaudit-pdf.so")]
    if len(modules) != 1:
        problems.append(f"the package holds {len(modules)} quoteaudit-pdf.so under /usr/lib/, "
                        "not one")
    allowed = ("usr/bin/quoteaudit", "usr/share/man/man1/quoteaudit.1.gz",
               "usr/share/doc/quoteaudit/")
    for path in sorted(files):
        if not path.startswith(allowed) and path not in modules:
            problems.append(f"the package holds /{path}, which is not the tool, its man page "
                            "or its documentation")


def check_man_page(root, version, problems):
    path = os.path.join(root, "usr/share/man/man1/quoteaudit.1.gz")
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            text = f.read()
    except (OSError, EOFError) as error:
        problems.append(f"/usr/share/man/man1/quoteaudit.1.gz is not valid gzip: {error}")
        return
    if f'"quoteaudit {version}"' not in text.split("\n.SH", 1)[0]:
        problems.append(f"the packaged man page's .TH does not name quoteaudit {version}")


def run_tool(binary, args, cwd):
    return run([binary, *args], cwd=cwd)


def check_binary(root, build_binary, source_dir, version, work, problems):
    binary = os.path.join(root, "usr/bin/quoteaudit")
    with open(os.path.join(work, "story.txt"), "w", encoding="utf-8") as f:
        f.write(ARTICLE)
    result = run_tool(binary, ["--version"], work)
    if result.returncode != 0 or result.stdout != f"quoteaudit {version}\n":
        problems.append(f"quoteaudit --version from the package printed {result.stdout!r} "
                        f"(exit {result.returncode}); expected 'quoteaudit {version}'\n"
                        f"{result.stderr}")
    for args, status in ((["rules"], 0), (["check", "story.txt"], 1),
                         (["quotes", "story.txt"], 0)):
        packaged = run_tool(binary, args, work)
        built = run_tool(build_binary, args, work)
        shown = "quoteaudit " + " ".join(args)
        if packaged.returncode != status:
            problems.append(f"{shown} (packaged binary, in {work}) exited {packaged.returncode}, "
                            f"expected {status}:\n{packaged.stdout}{packaged.stderr}")
        if packaged.stdout != built.stdout:
            problems.append(f"{shown}: the packaged binary printed\n{packaged.stdout}\n"
                            f"but the build's binary printed\n{built.stdout}")
    # The PDF module is found beside the packaged binary, not in the build.
    fixture = os.path.join(source_dir, "fixtures/verify/press-release")
    args = ["verify", "--source", os.path.join(fixture, "sources/press-release.pdf"),
            os.path.join(fixture, "article.txt")]
    packaged, built = run_tool(binary, args, work), run_tool(build_binary, args, work)
    if "PDF" in packaged.stdout + packaged.stderr and "missing" in packaged.stdout + packaged.stderr:
        problems.append(f"quoteaudit verify with a PDF source (packaged) cannot read it:\n"
                        f"{packaged.stdout}{packaged.stderr}")
    if (packaged.returncode, packaged.stdout) != (built.returncode, built.stdout):
        problems.append(f"quoteaudit verify with a PDF source: the packaged binary printed "
                        f"(exit {packaged.returncode})\n{packaged.stdout}{packaged.stderr}\nbut "
                        f"the build's binary printed (exit {built.returncode})\n{built.stdout}")
    check = run_tool(binary, ["check", "story.txt"], work).stdout
    for rule in ("unattributed-quote", "vague-source"):
        if f"[{rule}]" not in check:
            problems.append(f"quoteaudit check story.txt (packaged) reports no {rule}; the "
                            f"built-in rules may be missing:\n{check}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cpack", required=True)
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--static-libraries", choices=["ON", "OFF"], default="OFF",
                        help="how the build was configured (QA_STATIC_LIBRARIES)")
    args = parser.parse_args()
    tools = (("dpkg-deb", "dpkg"), ("dpkg-shlibdeps", "dpkg-dev"), ("file", "file"))
    for tool, package in tools:
        if shutil.which(tool) is None:
            print(f"{tool} is missing: install {package} (scripts/install-deps does)")
            return 1

    problems, deb = [], None
    with tempfile.TemporaryDirectory(prefix="qa_package_") as tmp:
        try:
            deb = build_package(args.cpack, os.path.abspath(args.build_dir),
                                os.path.join(tmp, "out"))
            check_fields(deb, args.version, args.static_libraries == "ON", problems)
            check_file_list(deb, args.source_dir, problems)
            root = os.path.join(tmp, "root")
            must(["dpkg-deb", "-x", deb, root], "dpkg-deb -x")
            check_man_page(root, args.version, problems)
            # Far from the repository, and with no .quoteaudit.json above it,
            # so only the rules inside the binary apply.
            work = os.path.join(tmp, "work")
            os.mkdir(work)
            for parent in pathlib.Path(work).parents:
                if (parent / ".quoteaudit.json").exists():
                    raise Failure(f"{parent}/.quoteaudit.json would apply to the scratch "
                                  "folder; remove it or set TMPDIR elsewhere")
            check_binary(root, os.path.join(os.path.abspath(args.build_dir), "quoteaudit"),
                         os.path.abspath(args.source_dir), args.version, work, problems)
        except Failure as failure:
            problems.append(str(failure))
    name = os.path.basename(deb) if deb else "the package"
    if problems:
        print(f"{name}: {len(problems)} problems\n")
        for problem in problems:
            print(f"- {problem}\n")
        return 1
    print(f"{name}: fields, file list, man page and the unpacked binary are as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
