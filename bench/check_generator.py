#!/usr/bin/env python3
"""The article generator writes what it claims, the same bytes every time.

Run by ctest (BenchGenerator) with the built generate_articles; small sizes,
no timing. Usage: check_generator.py GENERATE_ARTICLES
"""
import hashlib
import json
import pathlib
import subprocess
import sys
import tempfile

# sha256 of `--articles 5 --seed 7 --format jsonl`: the same on every machine
# (splitmix64 and integer range reduction only). A deliberate change to the
# generator changes it; update it here and say so in the commit.
PINNED_SHA256 = "b493aeec8a0a00ada30f817aa438bd27e65503e725f602b78d6c994a3b99cbc0"

OPEN_MARKS = ("\u201c", '"')


def run(generator, *args):
    subprocess.run([generator, *args], check=True)


def read_folder(folder):
    return {p.name: p.read_bytes() for p in sorted(pathlib.Path(folder).iterdir())}


def quotes_per_kb(texts):
    # Articles pair every mark, so quotes = curly openers + straight marks / 2.
    quotes = sum(t.count("\u201c") + t.count('"') / 2 for t in texts)
    size = sum(len(t.encode()) for t in texts)
    return quotes / (size / 1024)


def main():
    generator = sys.argv[1]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        run(generator, "--articles", "40", "--seed", "7", "--output", str(tmp / "a"))
        run(generator, "--articles", "40", "--seed", "7", "--output", str(tmp / "b"))
        run(generator, "--articles", "40", "--seed", "8", "--output", str(tmp / "c"))
        a, b, c = (read_folder(tmp / x) for x in "abc")
        if len(a) != 40:
            problems.append(f"--articles 40 wrote {len(a)} files")
        if a != b:
            problems.append("the same seed gave different articles")
        if a == c:
            problems.append("seeds 7 and 8 gave the same articles")

        run(generator, "--articles", "40", "--seed", "7", "--format", "jsonl",
            "--output", str(tmp / "a.jsonl"))
        lines = (tmp / "a.jsonl").read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines]
        texts = [r["text"] for r in records]
        if [r["id"] + ".txt" for r in records] != list(a):
            problems.append("JSON Lines ids differ from the folder's file names")
        if [t + "\n" for t in texts] != [v.decode() for v in a.values()]:
            problems.append("JSON Lines texts differ from the folder's files")

        run(generator, "--articles", "40", "--seed", "7", "--format", "file",
            "--output", str(tmp / "a.txt"))
        if (tmp / "a.txt").read_text(encoding="utf-8") != "".join(t + "\n\n" for t in texts):
            problems.append("--format file is not the articles with blank lines between")

        sizes = [len(t.encode()) for t in texts]
        if not 2000 <= sum(sizes) / len(sizes) <= 3000:
            problems.append(f"mean article size {sum(sizes) / len(sizes):.0f}, asked 2500")
        density = quotes_per_kb(texts)
        if not 1.5 <= density <= 2.6:
            problems.append(f"{density:.2f} quotes per KB, asked 2")
        if not any("\u201c" in t for t in texts) or not any('"' in t for t in texts):
            problems.append("articles should use both curly and straight quotes")

        # Over 40 articles: wire paragraphs shared between articles (the
        # cross-article index has work), page furniture, vague sources.
        paragraphs = [p for t in texts for p in set(t.split("\n\n"))]
        if len(paragraphs) == len(set(paragraphs)):
            problems.append("no paragraph is shared between articles")
        for phrase in ("Sign up for our newsletter", "Observers believe", "Critics argue"):
            if not any(phrase in t for t in texts):
                problems.append(f"no article has {phrase!r}")

        run(generator, "--articles", "40", "--quotes-per-kb", "4", "--output",
            str(tmp / "dense.jsonl"), "--format", "jsonl")
        dense = [json.loads(l)["text"] for l in open(tmp / "dense.jsonl", encoding="utf-8")]
        density = quotes_per_kb(dense)
        if not 3.2 <= density <= 5.0:
            problems.append(f"--quotes-per-kb 4 gave {density:.2f}")

        run(generator, "--articles", "5", "--seed", "7", "--format", "jsonl",
            "--output", str(tmp / "pin.jsonl"))
        digest = hashlib.sha256((tmp / "pin.jsonl").read_bytes()).hexdigest()
        if digest != PINNED_SHA256:
            problems.append(f"--articles 5 --seed 7 hashes to {digest}, pinned {PINNED_SHA256}")

        run(generator, "--mode", "paragraph", "--bytes", "1000000", "--output",
            str(tmp / "p.txt"))
        paragraph = (tmp / "p.txt").read_bytes()
        if len(paragraph) < 1000000 or paragraph.count(b"\n") != 1 or not paragraph.endswith(b"\n"):
            problems.append("paragraph mode: want >= 1,000,000 bytes and one line break, at the end")

        run(generator, "--mode", "sentence", "--bytes", "1000000", "--output", str(tmp / "s.txt"))
        sentence = (tmp / "s.txt").read_text(encoding="utf-8")
        if (len(sentence.encode()) < 1000000 or sentence.count("\n") != 1
                or any(mark in sentence for mark in ".?!")):
            problems.append("sentence mode: want >= 1,000,000 bytes, one line break, no . ? or !")
        if sentence.count("\u201c") + sentence.count('"') < 1000 or " said" not in sentence:
            problems.append("sentence mode: want its quotes and their speakers kept")

        run(generator, "--mode", "quote-marks", "--marks", "1001", "--output", str(tmp / "q.txt"))
        marked = (tmp / "q.txt").read_text(encoding="utf-8")
        marks = sum(marked.count(m) for m in ("\u201c", "\u201d", '"'))
        if marks != 1001:
            problems.append(f"quote-marks mode --marks 1001 wrote {marks} marks")

        run(generator, "--mode", "copies", "--copies", "100", "--output", str(tmp / "d.txt"))
        paragraphs = (tmp / "d.txt").read_text(encoding="utf-8").rstrip("\n").split("\n\n")
        if len(paragraphs) != 100 or len(set(paragraphs)) != 1:
            problems.append(f"copies mode: {len(paragraphs)} paragraphs, "
                            f"{len(set(paragraphs))} distinct; want 100 and 1")
    for problem in problems:
        print("BenchGenerator:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
