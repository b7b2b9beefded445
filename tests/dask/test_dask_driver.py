#!/usr/bin/python3
"""contrib/dask/quoteaudit_dask.py against a single-process check (issue 15).

usage: test_dask_driver.py QUOTEAUDIT SOURCE_DIR

Generates JSON Lines shards of invented articles with planted cross-shard copies (a paragraph,
a whole article) and one quote given to two named speakers in two shards, then:
  (a) the driver on its own LocalCluster (2 workers) writes exactly the lines of
      `check --input-format jsonl --format jsonl` over the sorted shards, the planted
      cross-shard findings among them, and a SARIF log with the same results;
  (b) a Dask worker killed (SIGKILL) while it runs a pass-1 task: the nanny restarts it,
      Dask reschedules, the results are the same;
  (c) a shard with a line that is not JSON and a truncated .jsonl.gz are named in the
      summary, the exit status is 2, and every other article is there as in the single run.
Without dask this fails under CI=true and skips (77) elsewhere.
"""

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time

SKIP = 77

try:
    import distributed
except ImportError as error:
    if os.environ.get("CI") == "true":
        print(f"FAIL: dask/distributed missing under CI ({error}); scripts/install-deps installs them")
        sys.exit(1)
    print(f"SKIP: dask/distributed not importable by {sys.executable} ({error})")
    sys.exit(SKIP)

BINARY = os.path.abspath(sys.argv[1])
SOURCE = os.path.abspath(sys.argv[2])
DRIVER = os.path.join(SOURCE, "contrib", "dask", "quoteaudit_dask.py")
SARIF_SCHEMA = os.path.join(SOURCE, "..", "shared", "schemas", "sarif-schema-2.1.0.json")

failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}", flush=True)
    return condition


# ---------------------------------------------------------------------------
# Invented articles: fictional towns, people and bodies.

TOWNS = ["Harrowmere", "Kestlin", "Ollberg", "Vantry Cove", "Saltgrove", "Pellham Ford", "Dunmarra"]
PEOPLE = ["Maren Tollisk", "Edvin Sarrow", "Petra Caldane", "Ruben Ashgrave", "Lotte Wennick",
          "Ivo Brannath", "Sigrid Moulder", "Casimir Doyle-Frent", "Nadia Orrow", "Tobias Klemm"]
ROLES = ["the harbour master", "the deputy mayor", "a council engineer", "the school governor",
         "the ferry operator", "a union organiser", "the county treasurer"]
BODIES = ["the Harrowmere Water Board", "the Kestlin Council", "the Saltgrove Ferry Company",
          "the Ollberg Teachers' Guild", "the Vantry Cove Fishers' Union"]
THINGS = ["the new sea wall", "the school roof", "the ferry timetable", "the bus depot",
          "the flood barrier", "the night clinic", "the tram extension", "the grain store"]
VERBS = ["will be finished", "must be paid for", "cannot wait", "was promised", "has been delayed",
         "needs more money", "will reopen", "was never discussed"]
WHEN = ["before the spring tides", "by the end of March", "after the county vote", "this summer",
        "within two years", "before the harvest fair", "once the audit is done"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
NUMBERS = ["twelve", "forty", "three hundred", "eighty-one", "nine", "sixty"]


def claim(rng):
    return f"{rng.choice(THINGS).capitalize()} {rng.choice(VERBS)} {rng.choice(WHEN)} " \
           f"and {rng.choice(NUMBERS)} families in {rng.choice(TOWNS)} know it"


def paragraph(rng):
    kind = rng.randrange(5)
    if kind == 0:
        return f"\"{claim(rng)},\" said {rng.choice(PEOPLE)}, {rng.choice(ROLES)} of {rng.choice(TOWNS)}."
    if kind == 1:
        return f"{rng.choice(PEOPLE)} told reporters on {rng.choice(DAYS)}: \"{claim(rng)}.\""
    if kind == 2:
        return f"Members of {rng.choice(BODIES)} met on {rng.choice(DAYS)} in {rng.choice(TOWNS)} " \
               f"to discuss {rng.choice(THINGS)}, which {rng.choice(VERBS)} {rng.choice(WHEN)}, " \
               f"and {rng.choice(NUMBERS)} residents came to listen."
    if kind == 3:
        return f"According to {rng.choice(BODIES)}, {rng.choice(THINGS)} {rng.choice(VERBS)} " \
               f"{rng.choice(WHEN)}; {rng.choice(NUMBERS)} objections were filed in {rng.choice(TOWNS)}."
    return f"Residents said {rng.choice(THINGS)} {rng.choice(VERBS)} {rng.choice(WHEN)}."


def article(rng):
    title = f"{rng.choice(TOWNS)} weighs {rng.choice(THINGS)}"
    return "\n\n".join([title] + [paragraph(rng) for _ in range(rng.randint(3, 7))])


# Planted across shards (every name and sentence invented for this test).
SHARED_PARAGRAPH = ("The Dunmarra lighthouse keepers kept a handwritten log of every passing ship "
                    "from the spring of the flood year until the lamp was automated.")
CONFLICT_QUOTE = "The lock on the Pellham canal will be repaired before the first frost"
COPIED_ARTICLE = ("Saltgrove orchard cooperative sells its cider press\n\n"
                  "The Saltgrove orchard cooperative voted on Thursday to sell the old cider press "
                  "that its founders bought from a monastery across the bay.\n\n"
                  "\"We kept that press running for forty winters and nobody wants to lift it now,\" "
                  "said Hedda Lunquist, the cooperative's treasurer.\n\n"
                  "The buyer, a museum in Kestlin, will collect it after the apple harvest.")


def write_shard(path, texts, gz=False):
    opener = gzip.open if gz else open
    with opener(path, "wt", encoding="utf-8") as stream:
        for identifier, text in texts:
            stream.write(json.dumps({"id": identifier, "text": text}) + "\n")


def make_shards(folder, count, per_shard, seed, planted=True):
    """count shards named shard-NN.jsonl; returns their paths relative to folder's parent."""
    rng = random.Random(seed)
    os.makedirs(folder)
    shards = []
    for n in range(count):
        texts = [(f"s{n:02d}-a{i:04d}", article(rng)) for i in range(per_shard)]
        if planted:
            middle = per_shard // 2
            if n == 0:  # the first copies
                texts[middle] = (texts[middle][0], texts[middle][1] + "\n\n" + SHARED_PARAGRAPH)
                texts[1] = (texts[1][0], f"\"{CONFLICT_QUOTE},\" said Orla Quennell, the canal warden.")
                texts[2] = (texts[2][0], COPIED_ARTICLE)
            if n == count - 2:  # later copies, in other shards
                texts[middle] = (texts[middle][0], SHARED_PARAGRAPH + "\n\n" + texts[middle][1])
                texts[3] = (texts[3][0], "Kestlin, Tuesday\n\n"
                            f"\"{CONFLICT_QUOTE},\" said Bastian Fenwright, who runs the boatyard.")
            if n == count - 1:
                texts[0] = ("copied-cider", COPIED_ARTICLE)
        path = os.path.join(folder, f"shard-{n:02d}.jsonl")
        write_shard(path, texts)
        shards.append(os.path.join(os.path.basename(folder), os.path.basename(path)))
    return shards


# ---------------------------------------------------------------------------


def reference(cwd, shards, tag):
    """The single-process run: jsonl lines, the SARIF log and the exit status."""
    lines_path = os.path.join(cwd, f"{tag}.reference.jsonl")
    sarif_path = os.path.join(cwd, f"{tag}.reference.sarif")
    done = subprocess.run(
        [BINARY, "check", "--input-format", "jsonl", "--quiet", "--format", "jsonl:" + lines_path,
         "--format", "sarif:" + sarif_path, *sorted(shards, key=os.fsencode)],
        cwd=cwd, capture_output=True, text=True)
    with open(lines_path, encoding="utf-8") as stream:
        lines = stream.read().splitlines()
    with open(sarif_path, encoding="utf-8") as stream:
        sarif = json.load(stream)
    return lines, sarif, done.returncode


def run_driver(cwd, args):
    started = time.monotonic()
    done = subprocess.run([sys.executable, DRIVER, *args, "--binary", BINARY],
                          cwd=cwd, capture_output=True, text=True, timeout=300)
    print(f"driver {' '.join(args)}: exit {done.returncode}, {time.monotonic() - started:.1f} s", flush=True)
    if done.returncode not in (0, 1, 2) or "Traceback" in done.stderr:
        print(done.stderr)
    return done


def read_outputs(out):
    with open(os.path.join(out, "results.jsonl"), encoding="utf-8") as stream:
        lines = stream.read().splitlines()
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as stream:
        summary = json.load(stream)
    return lines, summary


def same_lines(got, want, what):
    if got == want:
        return True
    diff = [i for i in range(min(len(got), len(want))) if got[i] != want[i]]
    first = diff[0] if diff else min(len(got), len(want))
    expect(False, f"{what}: {len(got)} lines, reference {len(want)}; first difference at line "
                  f"{first + 1}:\n  got:  {got[first][:400] if first < len(got) else '(none)'}\n"
                  f"  want: {want[first][:400] if first < len(want) else '(none)'}")
    return False


def cross_findings(lines, rule, text=None):
    """Findings of rule whose related place is in another archive (or whose message has text)."""
    found = []
    for line in lines:
        record = json.loads(line)
        for finding in record.get("findings", []):
            if finding["rule"] != rule:
                continue
            if text is not None and text in finding["message"]:
                found.append((record["path"], finding))
            elif text is None and any(not r["path"].startswith(record["archive"] + "#")
                                      for r in finding.get("related", [])):
                found.append((record["path"], finding))
    return found


def sarif_results(log):
    return log["runs"][0].get("results", [])


def test_planted(work):
    shards = make_shards(os.path.join(work, "shards"), 6, 40, seed=15)
    want, want_sarif, want_exit = reference(work, shards, "planted")
    expect(len(cross_findings(want, "duplicate-text")) >= 2,
           "reference: the planted paragraph and article copies are not reported across shards")
    expect(cross_findings(want, "attribution-conflict"),
           "reference: the planted quote of two speakers is not reported across shards")
    expect(cross_findings(want, "duplicate-text", "whole article is a copy"),
           "reference: the planted whole-article copy is not reported")

    out = os.path.join(work, "out-planted")
    done = run_driver(work, ["shards", "--out", out, "--workers", "2",
                             "--sarif", os.path.join(work, "planted.sarif")])
    expect(done.returncode == want_exit,
           f"(a) exit {done.returncode}, the single run {want_exit}\n{done.stderr}")
    got, summary = read_outputs(out)
    same_lines(got, want, "(a) results.jsonl against the single run")
    expect(cross_findings(got, "attribution-conflict"), "(a) no cross-shard attribution-conflict")
    expect(cross_findings(got, "duplicate-text", "whole article is a copy"), "(a) no whole-article copy")
    expect(summary["shards"] == 6 and summary["articles"] == 240,
           f"(a) summary counts {summary['shards']} shards, {summary['articles']} articles")
    expect(summary["shards_with_errors"] == [], f"(a) shards with errors: {summary['shards_with_errors']}")
    expect(summary["fingerprints"]["bytes"] > 0 and summary["resolutions"]["records"] > 0,
           f"(a) no fingerprints or resolutions: {summary['fingerprints']} {summary['resolutions']}")
    by_rule = summary["findings"]["by_rule"]
    counted = sum(n for counts in by_rule.values() for n in counts.values())
    expect(counted == sum(len(json.loads(l)["findings"]) for l in want),
           "(a) summary's findings by rule do not add up to the findings of the single run")
    for stage in ("pass1", "join", "pass2", "merge", "total"):
        expect(stage in summary["timings"], f"(a) summary has no timing of {stage}")

    with open(os.path.join(work, "planted.sarif"), encoding="utf-8") as stream:
        got_sarif = json.load(stream)
    expect(sarif_results(got_sarif) == sarif_results(want_sarif),
           "(a) the merged SARIF results differ from the single run's")
    expect(got_sarif == want_sarif, "(a) the merged SARIF log differs from the single run's")
    if os.path.exists(SARIF_SCHEMA):
        import jsonschema
        with open(SARIF_SCHEMA, encoding="utf-8") as stream:
            schema = json.load(stream)
        try:
            jsonschema.validate(got_sarif, schema)
        except jsonschema.ValidationError as error:
            expect(False, f"(a) the merged SARIF log is not valid SARIF 2.1.0: {error.message}")


def test_worker_killed(work):
    shards = make_shards(os.path.join(work, "big"), 16, 400, seed=99)
    want, _, want_exit = reference(work, shards, "killed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    client = distributed.Client(cluster)
    try:
        before = client.run(os.getpid)
        out = os.path.join(work, "out-killed")
        killed, finished = {}, threading.Event()

        def kill_mid_pass1():
            # After the first pass-1 task is done, SIGKILL a worker that is running another.
            parts = os.path.join(out, "parts")
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not killed and not finished.is_set():
                names = os.listdir(parts) if os.path.isdir(parts) else []
                if any(n.endswith(".results.jsonl") for n in names):
                    for address, keys in client.processing().items():
                        if keys and address in before:
                            os.kill(before[address], signal.SIGKILL)
                            killed.update(address=address, pid=before[address], tasks=keys,
                                          results=sum(n.endswith(".results.jsonl") for n in names))
                            break
                time.sleep(0.01)

        killer = threading.Thread(target=kill_mid_pass1)
        killer.start()
        done = run_driver(work, ["big", "--out", out, "--scheduler", cluster.scheduler_address])
        finished.set()
        killer.join()
        if not expect(killed, "(b) no worker was killed while a pass-1 task ran (run too fast?)"):
            return
        print(f"(b) killed worker pid {killed['pid']} running {killed['tasks']} after "
              f"{killed['results']} of {len(shards)} shards", flush=True)
        expect(killed["results"] < len(shards), "(b) the worker was killed after pass 1 had finished")
        expect(done.returncode == want_exit,
               f"(b) exit {done.returncode}, the single run {want_exit}\n{done.stderr}")
        got, summary = read_outputs(out)
        same_lines(got, want, "(b) results.jsonl after a killed worker")
        client.wait_for_workers(2, timeout=60)
        after = client.run(os.getpid)
        expect(killed["pid"] not in after.values(), "(b) the killed worker was not replaced")
    finally:
        client.close()
        cluster.close()


def test_broken_shards(work):
    shards = make_shards(os.path.join(work, "mixed"), 4, 20, seed=7)
    broken_json = os.path.join("mixed", "shard-01.jsonl")
    with open(os.path.join(work, broken_json), "a", encoding="utf-8") as stream:
        stream.write("this line is not JSON at all\n")
        stream.write(json.dumps({"id": "after-the-bad-line", "text": article(random.Random(3))}) + "\n")
    # A gzip archive cut short in the middle of its data.
    truncated = os.path.join("mixed", "shard-02b.jsonl.gz")
    whole = os.path.join(work, "whole.jsonl.gz")
    write_shard(whole, [(f"gz-{i}", article(random.Random(i))) for i in range(30)], gz=True)
    with open(whole, "rb") as stream:
        data = stream.read()
    with open(os.path.join(work, truncated), "wb") as stream:
        stream.write(data[: len(data) // 2])
    everything = shards + [truncated]
    want, want_sarif, want_exit = reference(work, everything, "broken")
    expect(want_exit == 2, f"(c) the single run exits {want_exit} on broken shards, expected 2")

    out = os.path.join(work, "out-broken")
    sarif = os.path.join(work, "broken.sarif")
    done = run_driver(work, ["mixed", "--out", out, "--workers", "2", "--sarif", sarif])
    expect(done.returncode == 2, f"(c) exit {done.returncode}, expected 2\n{done.stderr}")
    got, summary = read_outputs(out)
    same_lines(got, want, "(c) results.jsonl with broken shards")
    with open(sarif, encoding="utf-8") as stream:
        expect(json.load(stream) == want_sarif,
               "(c) the merged SARIF log (results, input errors) differs from the single run's")
    named = sorted(row["shard"] for row in summary["shards_with_errors"])
    expect(named == sorted([broken_json, truncated]),
           f"(c) shards with errors {named}, expected {sorted([broken_json, truncated])}")
    for row in summary["shards_with_errors"]:
        expect(row["messages"], f"(c) no message for {row['shard']}")
        expect(row["shard"] in done.stderr, f"(c) {row['shard']} not named on standard error")
    good = {s: 20 for s in shards}
    good[broken_json] = 21
    for shard, count in good.items():
        present = sum(1 for l in got if json.loads(l)["archive"] == shard and json.loads(l)["id"] is not None)
        expect(present == count, f"(c) {shard}: {present} articles in results.jsonl, expected {count}")


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory(prefix="qa-dask-") as work:
        for test in (test_planted, test_worker_killed, test_broken_shards):
            started = time.monotonic()
            folder = os.path.join(work, test.__name__)
            os.makedirs(folder)
            test(folder)
            print(f"{test.__name__}: {time.monotonic() - started:.1f} s", flush=True)
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
