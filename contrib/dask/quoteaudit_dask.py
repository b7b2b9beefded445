#!/usr/bin/python3
"""Audit JSON Lines shards with quoteaudit on a Dask cluster (docs/scale.md).

Three stages, each a dask.bag computation:
  1. pass 1, one task per shard: `check --emit-fingerprints` through one long-lived
     `quoteaudit worker` process per Dask worker thread: per-article results and the
     fingerprints the cross-article checks need;
  2. the fingerprint records shuffled into K partitions by a hash of their "key", each
     joined by `quoteaudit join -`: resolution lines naming the articles with cross-article
     findings, shuffled on to their shards;
  3. pass 2, only for the shards those articles are in: `check --resolutions --only-resolved`,
     whose lines replace the pass-1 lines of those articles.
The merged DIR/results.jsonl equals a single `check --input-format jsonl --format jsonl` over
the shards in sorted order, line for line.
"""

import argparse
import glob
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter, defaultdict
from operator import itemgetter

import dask.bag as db
import distributed

# ---------------------------------------------------------------------------
# Run on the Dask workers. Functions of __main__ are pickled by value, so the
# long-lived processes live on the Worker object, not in a module global.


def _worker_processes():
    worker = distributed.get_worker()
    if not hasattr(worker, "_quoteaudit_processes"):
        worker._quoteaudit_processes = {}
        worker._quoteaudit_lock = threading.Lock()
    return worker._quoteaudit_processes, worker._quoteaudit_lock


def worker_request(binary, startup, cwd, args):
    """Sends one request to this worker thread's `quoteaudit worker`; returns (exit, stderr).

    One process per (binary, startup options, folder, thread): rules compiled once, and
    threads of one Dask worker never interleave requests on one pipe.
    """
    processes, lock = _worker_processes()
    key = (binary, tuple(startup), cwd, threading.get_ident())
    with lock:
        process = processes.get(key)
        if process is None or process.poll() is not None:
            errors = tempfile.TemporaryFile()  # its own errors; a request's come in the reply
            process = subprocess.Popen(
                [binary, "worker", "--", *startup],
                cwd=cwd,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
                encoding="utf-8",
                bufsize=1,
            )
            process.errors = errors
            processes[key] = process
    try:
        process.stdin.write(json.dumps({"args": args}) + "\n")
        process.stdin.flush()
        reply = process.stdout.readline()
    except OSError as error:
        reply, broken = "", error
    else:
        broken = None
    if not reply:
        # The process died (a crash, or killed): drop it so a retry starts a new one.
        with lock:
            processes.pop(key, None)
        process.kill()
        code = process.wait()
        process.errors.seek(0)
        said = process.errors.read().decode("utf-8", "replace").strip()
        raise RuntimeError(f"quoteaudit worker ended (exit {code}) during {args}: {said or broken or ''}")
    answer = json.loads(reply)
    return answer["exit"], answer.get("stderr", "")


def shutdown_worker_processes():
    """Closes this Dask worker's quoteaudit processes (they exit at end of stdin)."""
    worker = distributed.get_worker()
    processes = getattr(worker, "_quoteaudit_processes", {})
    closed = 0
    for process in list(processes.values()):
        try:
            process.stdin.close()
            process.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
            process.wait()
        closed += 1
    processes.clear()
    return closed


def part_name(index, shard):
    base = os.path.basename(shard)
    for suffix in (".jsonl.gz", ".jsonl"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
            break
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in base)
    return f"{index:05d}-{safe}"


def count_lines(path):
    count = 0
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            count += block.count(b"\n")
    return count


def run_pass1(item, binary, startup, cwd, parts, sarif):
    index, shard = item
    stem = os.path.join(parts, part_name(index, shard))
    outputs = {"results": stem + ".results.jsonl", "fingerprints": stem + ".fp.jsonl"}
    args = ["--emit-fingerprints", outputs["fingerprints"], "--format", "jsonl:" + outputs["results"]]
    if sarif:
        outputs["sarif"] = stem + ".sarif"
        args += ["--format", "sarif:" + outputs["sarif"]]
    started = time.monotonic()
    code, stderr = worker_request(binary, startup, cwd, args + [shard])
    fp = outputs["fingerprints"]
    have_fp = os.path.exists(fp)
    return {
        "index": index,
        "shard": shard,
        "exit": code,
        "stderr": stderr,
        "outputs": {k: v for k, v in outputs.items() if os.path.exists(v)},
        "fingerprint_bytes": os.path.getsize(fp) if have_fp else 0,
        "fingerprint_records": count_lines(fp) if have_fp else 0,
        "seconds": time.monotonic() - started,
    }


def record_key(line):
    """A fingerprint record's "key"; the C++ side writes it first, so most lines need no parse."""
    if line.startswith('{"key":"'):
        end = line.find('"', 8)
        if end > 0 and "\\" not in line[8:end]:
            return line[8:end]
    return json.loads(line)["key"]


def read_fingerprints(paths, partitions):
    """(join partition, block of record lines) pairs: each file's records cut by partition.

    The partition is a CRC-32 of the key: dask 2022.12's bag.groupby hashes with Python's
    hash(), which differs from one worker process to the next for strings, so grouping by
    the key itself would scatter one key over several joins (small ints hash to themselves).
    Blocks rather than single records go through the shuffle: a few large strings pickle
    far faster than millions of small tuples.
    """
    buckets = defaultdict(list)
    for path in paths:
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                if line.strip():
                    key = record_key(line).encode("utf-8")
                    buckets[zlib.crc32(key) % partitions].append(line if line.endswith("\n") else line + "\n")
    return [(partition, "".join(lines)) for partition, lines in buckets.items()]


def run_join(groups, binary, cwd, indexes):
    """One `quoteaudit join -` over the records of a partition.

    Returns (shard index, block of resolution lines, count) for each shard the resolutions
    name, so that they go on to pass 2 on the workers, not through the driver.
    """
    blocks = [block for _, pairs in groups for _, block in pairs]
    if not blocks:
        return []
    done = subprocess.run(
        [binary, "join", "-"],
        cwd=cwd,
        input="".join(blocks),
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if done.returncode != 0:
        raise RuntimeError(f"quoteaudit join exit {done.returncode}: {done.stderr.strip()}")
    by_shard = defaultdict(list)
    for line in done.stdout.splitlines():
        if line.strip():
            archive = json.loads(line)["archive"]
            if archive not in indexes:
                raise RuntimeError(f"quoteaudit join named a shard not in this run: {archive}")
            by_shard[indexes[archive]].append(line + "\n")
    return [(index, "".join(lines), len(lines)) for index, lines in by_shard.items()]


def run_pass2(group, binary, startup, cwd, parts, sarif, shards):
    """Pass 2 of one shard: its resolutions (blocks from the joins) to a file, then check."""
    index, blocks = group
    shard = shards[index]
    stem = os.path.join(parts, part_name(index, shard))
    resolutions = stem + ".res.jsonl"
    lines = sorted(line for _, block, _ in blocks for line in block.splitlines(keepends=True))
    with open(resolutions + ".tmp", "w", encoding="utf-8") as stream:
        stream.writelines(lines)
    os.replace(resolutions + ".tmp", resolutions)
    outputs = {"results": stem + ".final.jsonl"}
    args = ["--resolutions", resolutions, "--only-resolved", "--format", "jsonl:" + outputs["results"]]
    if sarif:
        outputs["sarif"] = stem + ".final.sarif"
        args += ["--format", "sarif:" + outputs["sarif"]]
    started = time.monotonic()
    try:
        code, stderr = worker_request(binary, startup, cwd, args + [shard])
    except RuntimeError:  # the process died: once more with a new one, then a shard error
        try:
            code, stderr = worker_request(binary, startup, cwd, args + [shard])
        except RuntimeError as error:
            code, stderr = 2, f"pass 2 failed: {error}"
    return {
        "index": index,
        "shard": shard,
        "exit": code,
        "stderr": stderr,
        "resolutions": len(lines),
        "outputs": {k: v for k, v in outputs.items() if os.path.exists(v)},
        "seconds": time.monotonic() - started,
    }


# ---------------------------------------------------------------------------
# The driver.


def say(message):
    print(f"quoteaudit_dask: {message}", file=sys.stderr, flush=True)


def expand_shards(patterns):
    """Files, folders (*.jsonl, *.jsonl.gz, walked) and globs, sorted bytewise, no repeats."""
    found = []
    for pattern in patterns:
        if os.path.isdir(pattern):
            for root, dirs, files in os.walk(pattern):
                dirs.sort()
                found += [
                    os.path.join(root, f) for f in files if f.endswith((".jsonl", ".jsonl.gz"))
                ]
        elif os.path.exists(pattern):
            found.append(pattern)
        else:
            matches = glob.glob(pattern)
            if not matches:
                raise ValueError(f"no shard matches {pattern}")
            found += [m for m in matches if not os.path.isdir(m)]
    return sorted(set(found), key=os.fsencode)


def default_binary():
    on_path = shutil.which("quoteaudit")
    if on_path:
        return on_path
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "build", "quoteaudit")


def parse_arguments(argv):
    check_options = []
    if "--" in argv:
        cut = argv.index("--")
        argv, check_options = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(
        description="Audit JSON Lines shards with quoteaudit on a Dask cluster (docs/scale.md).",
        epilog="Options after -- go to every quoteaudit check (e.g. -- --config FILE --rules FILE).",
    )
    parser.add_argument("shards", nargs="+", help="JSON Lines shards: files, folders or globs")
    parser.add_argument("--out", required=True, help="output folder (results.jsonl, summary.json, parts/)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    parser.add_argument("--partitions", type=int, help="join partitions (default: 2 x workers)")
    parser.add_argument("--binary", default=default_binary(), help="the quoteaudit binary (same path on every worker)")
    parser.add_argument("--sarif", help="also write one SARIF 2.1.0 log of all shards to this file")
    options = parser.parse_args(argv)
    options.check_options = check_options
    return options


def gather_in_order(client, bag, stage, describe):
    """Computes each partition of bag as its own future, saying when each finishes.

    Returns (results, failures): the partitions' items, and (partition, error) of those
    that failed even after one retry.
    """
    futures = client.compute(bag.to_delayed(), retries=1)
    position = {future.key: i for i, future in enumerate(futures)}
    results, failures = [None] * len(futures), []
    for done, future in enumerate(distributed.as_completed(futures), 1):
        i = position[future.key]
        try:
            results[i] = future.result()
            for item in results[i]:
                say(f"{stage} [{done}/{len(futures)}] {describe(item)}")
        except Exception as error:  # a task that kept failing: reported, not fatal
            failures.append((i, error))
            say(f"{stage} [{done}/{len(futures)}] partition {i} failed: {error}")
    return [item for part in results if part for item in part], failures


def stderr_messages(text):
    return [line for line in text.splitlines() if line.strip()]


def sarif_uri(path):
    """The artifact uri quoteaudit writes for path (src/report/sarif_json.cc PathToUri)."""
    safe = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/"
    if not path.startswith("/"):
        while path.startswith("./"):
            rest = path[2:].lstrip("/")
            if not rest:
                break
            path = rest
    encoded = "".join(chr(b) if b in safe else f"%{b:02X}" for b in path.encode("utf-8"))
    return "file://" + encoded if path.startswith("/") else encoded


def results_by_uri(sarif_path):
    with open(sarif_path, encoding="utf-8") as stream:
        log = json.load(stream)
    run = log["runs"][0]
    grouped = defaultdict(list)
    for result in run.get("results", []):
        grouped[result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]].append(result)
    return log, run, grouped


def merge(shards, pass1, pass2, out, sarif_file):
    """DIR/results.jsonl (pass-2 lines in place of pass-1 lines) and the merged SARIF log."""
    findings = defaultdict(Counter)
    input_errors = defaultdict(list)  # shard index -> "PATH: message" of lines with errors
    articles = lines = 0
    merged_log, sarif_results, notifications, successful = None, [], [], True
    with open(os.path.join(out, "results.jsonl.tmp"), "w", encoding="utf-8") as results:
        for index, shard in enumerate(shards):
            first = pass1.get(index)
            if not first or "results" not in first["outputs"]:
                continue
            final = {}
            second = pass2.get(index)
            if second and "results" in second["outputs"]:
                with open(second["outputs"]["results"], encoding="utf-8") as stream:
                    for line in stream:
                        record = json.loads(line)
                        final[(record["path"], record["line"])] = line
            order = []
            with open(first["outputs"]["results"], encoding="utf-8") as stream:
                for line in stream:
                    record = json.loads(line)
                    line = final.get((record["path"], record["line"]), line)
                    record = json.loads(line)
                    results.write(line if line.endswith("\n") else line + "\n")
                    lines += 1
                    articles += record.get("id") is not None
                    for finding in record.get("findings", []):
                        findings[finding["rule"]][finding["severity"]] += 1
                    for error in record.get("errors", []):
                        input_errors[index].append(f"{record['path']}: {error.get('message', '')}")
                    order.append((record["path"], (record["path"], record["line"]) in final))
            if sarif_file and "sarif" in first["outputs"]:
                log, run, one = results_by_uri(first["outputs"]["sarif"])
                two = {}
                if second and "sarif" in second["outputs"]:
                    two = results_by_uri(second["outputs"]["sarif"])[2]
                if merged_log is None:
                    merged_log = log
                for path, resolved in order:
                    uri = sarif_uri(path)
                    first_results = one.pop(uri, [])
                    sarif_results += two.pop(uri, []) if resolved else first_results
                for rest in one.values():  # results on no article line (none expected)
                    sarif_results += rest
                for invocation in run.get("invocations", []):
                    successful &= invocation.get("executionSuccessful", True)
                    notifications += invocation.get("toolExecutionNotifications", [])
    os.replace(os.path.join(out, "results.jsonl.tmp"), os.path.join(out, "results.jsonl"))
    if sarif_file and merged_log is not None:
        run = merged_log["runs"][0]
        run["results"] = sarif_results
        run["invocations"] = [
            {"executionSuccessful": successful, "toolExecutionNotifications": notifications}
        ]
        with open(sarif_file + ".tmp", "w", encoding="utf-8") as stream:
            json.dump(merged_log, stream, ensure_ascii=False)
            stream.write("\n")
        os.replace(sarif_file + ".tmp", sarif_file)
    return articles, lines, findings, input_errors


def run(options):
    started = time.monotonic()
    shards = expand_shards(options.shards)
    if not shards:
        raise ValueError("no shards")
    binary = os.path.abspath(options.binary)
    if not os.access(binary, os.X_OK):
        raise ValueError(f"no quoteaudit binary at {binary} (give --binary)")
    out = os.path.abspath(options.out)
    parts = os.path.join(out, "parts")
    shutil.rmtree(parts, ignore_errors=True)
    os.makedirs(parts)
    cwd = os.getcwd()
    startup = ["--input-format", "jsonl", "--quiet"]
    if not any(o in ("-j", "--jobs") or o.startswith(("-j", "--jobs=")) for o in options.check_options):
        startup += ["-j", "1"]  # a Dask worker thread is one core's worth of work
    startup += options.check_options
    sarif = bool(options.sarif)

    cluster = None
    if options.scheduler:
        client = distributed.Client(options.scheduler)
    else:
        cluster = distributed.LocalCluster(
            n_workers=options.workers, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.ERROR,  # not the workers' warnings as the cluster closes
        )
        client = distributed.Client(cluster)
    timings = {}
    try:
        workers = len(client.scheduler_info()["workers"])
        partitions = options.partitions or 2 * max(workers, 1)
        say(f"{len(shards)} shards on {workers} workers ({client.scheduler.address}); {binary}")

        # Pass 1: per article, fingerprints out.
        stage = time.monotonic()
        bag = db.from_sequence(list(enumerate(shards)), npartitions=len(shards))
        bag = bag.map(run_pass1, binary, startup, cwd, parts, sarif)
        done, failed = gather_in_order(
            client, bag, "pass 1",
            lambda r: f"{r['shard']}: exit {r['exit']}, {r['fingerprint_records']} fingerprints, {r['seconds']:.1f} s",
        )
        pass1 = {r["index"]: r for r in done}
        problems = {i: [f"pass 1 failed: {error}"] for i, error in failed}
        run_problems = []  # failures that name no shard
        timings["pass1"] = time.monotonic() - stage

        # Shuffle by key and join; the resolutions stay on the workers, grouped by shard.
        stage = time.monotonic()
        fp_files = [r["outputs"]["fingerprints"] for r in done if "fingerprints" in r["outputs"]]
        fp_bytes = sum(r["fingerprint_bytes"] for r in done)
        fp_records = sum(r["fingerprint_records"] for r in done)
        indexes = {shard: i for i, shard in enumerate(shards)}
        by_shard = None
        if fp_files:
            records = db.from_sequence(fp_files, npartitions=len(fp_files))
            records = records.map_partitions(read_fingerprints, partitions)
            grouped = records.groupby(itemgetter(0), npartitions=partitions, shuffle="tasks")
            joined = grouped.map_partitions(run_join, binary, cwd, indexes)
            # Shard indexes are ints, which hash alike in every process (see read_fingerprints).
            by_shard = joined.groupby(itemgetter(0), npartitions=min(partitions, len(shards)),
                                      shuffle="tasks")
            by_shard = client.persist(by_shard, retries=1)
            distributed.wait(by_shard)
        timings["join"] = time.monotonic() - stage
        say(f"join: {fp_records} fingerprints ({fp_bytes} bytes) in {partitions} partitions, "
            f"{timings['join']:.1f} s")

        # Pass 2: only the shards with resolutions, only those articles.
        stage = time.monotonic()
        pass2 = {}
        if by_shard is not None:
            bag = by_shard.map(run_pass2, binary, startup, cwd, parts, sarif, shards)
            done2, failed2 = gather_in_order(
                client, bag, "pass 2",
                lambda r: f"{r['shard']}: {r['resolutions']} resolutions, exit {r['exit']}, {r['seconds']:.1f} s",
            )
            pass2 = {r["index"]: r for r in done2}
            run_problems += [f"pass 2 partition {i} failed: {error}" for i, error in failed2]
        resolutions = sum(r["resolutions"] for r in pass2.values())
        timings["pass2"] = time.monotonic() - stage
    finally:
        try:
            client.run(shutdown_worker_processes)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    stage = time.monotonic()
    articles, lines, findings, input_errors = merge(shards, pass1, pass2, out, options.sarif)
    timings["merge"] = time.monotonic() - stage
    timings["total"] = time.monotonic() - started

    shard_rows, with_errors, exits = [], [], []
    for index, shard in enumerate(shards):
        codes = [r["exit"] for r in (pass1.get(index), pass2.get(index)) if r]
        messages = []
        for r in (pass1.get(index), pass2.get(index)):
            if r:
                messages += stderr_messages(r["stderr"])
        messages += problems.get(index, [])
        for message in input_errors.get(index, []):
            if message not in messages:
                messages.append(message)
        if index in problems:
            codes.append(2)
        exits += codes
        row = {"index": index, "shard": shard, "exit": max(codes) if codes else 2,
               "pass2": index in pass2, "messages": messages}
        shard_rows.append(row)
        if row["exit"] == 2:
            with_errors.append({"shard": shard, "messages": messages})
    code = 2 if with_errors or run_problems else (1 if 1 in exits else 0)
    by_severity = Counter()
    for counts in findings.values():
        by_severity.update(counts)
    summary = {
        "shards": len(shards),
        "articles": articles,
        "lines": lines,
        "findings": {
            "total": sum(by_severity.values()),
            "by_rule": {rule: dict(sorted(c.items())) for rule, c in sorted(findings.items())},
            "by_severity": dict(sorted(by_severity.items())),
        },
        "shards_with_errors": with_errors,
        "run_errors": run_problems,
        "fingerprints": {"records": fp_records, "bytes": fp_bytes,
                         "bytes_per_article": round(fp_bytes / articles, 1) if articles else 0},
        "resolutions": {"records": resolutions, "shards": len(pass2)},
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "workers": workers,
        "partitions": partitions,
        "exit": code,
        "shard_list": shard_rows,
    }
    with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as stream:
        json.dump(summary, stream, indent=2, ensure_ascii=False)
        stream.write("\n")

    severities = ", ".join(f"{n} {s}" for s, n in sorted(by_severity.items()))
    say(f"{len(shards)} shards, {articles} articles, {summary['findings']['total']} findings"
        + (f" ({severities})" if severities else ""))
    for message in run_problems:
        say(f"error: {message}")
    for row in with_errors:
        say(f"shard with errors: {row['shard']}")
        for message in row["messages"][:5]:
            say(f"    {message}")
    say("pass 1 {pass1:.1f} s, join {join:.1f} s, pass 2 {pass2:.1f} s, merge {merge:.1f} s, "
        "total {total:.1f} s".format(**timings))
    say(f"wrote {os.path.join(out, 'results.jsonl')}, {os.path.join(out, 'summary.json')}"
        + (f", {options.sarif}" if options.sarif else ""))
    return code


def main(argv=None):
    options = parse_arguments(sys.argv[1:] if argv is None else argv)
    try:
        return run(options)
    except ValueError as error:  # exit 1 means findings; a run that cannot start is 2
        say(f"error: {error}")
        return 2
    except Exception as error:  # a run that broke is 2 as well
        say(f"error: {type(error).__name__}: {error}")
        return 2


if __name__ == "__main__":
    sys.exit(main())
