#!/usr/bin/python3
"""dossier map under Dask distributed, dossier reduce over what the workers wrote, and the result
compared with `dossier analyze` of the same inputs (docs/distributed.md).

    mapreduce_test.py DOSSIER PATH... [--workers N] [--partitions N] [--limit N]

Starts and stops its own LocalCluster of worker processes. The map tasks get the input files in
shuffled partitions and their records are handed to reduce in shuffled order, so a result that
depended on Dask's split would show here. Exits 0 when the two dossiers are identical JSON, 1 when
they differ, 77 (ctest's skip code) when python3-distributed is not installed.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

SKIP = 77


def run_map(dossier, lines):
    """One map task: the listed files on standard input, the records it writes."""
    done = subprocess.run([dossier, "map", "--threads", "1", "-"], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError("dossier map failed (%d): %s" % (done.returncode, done.stderr))
    return done.stdout


def list_inputs(dossier, paths, limit):
    """The files paths expand to (analyze's order) and the listing's diagnostic records."""
    out = subprocess.run([dossier, "map", "--list", *paths], capture_output=True, text=True, check=False).stdout
    files, records = [], []
    for line in out.splitlines():
        (records if line.startswith("{") else files).append(line)
    return files[:limit] if limit else files, records


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dossier")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--partitions", type=int, default=7)
    parser.add_argument("--limit", type=int, default=0, help="the first N files only")
    args = parser.parse_args()
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        print("SKIP: python3-distributed is not installed (scripts/install-deps installs it): %s" % error)
        return SKIP

    files, listing = list_inputs(args.dossier, args.paths, args.limit)
    if not files:
        print("no input files under %s" % " ".join(args.paths))
        return 1
    with tempfile.TemporaryDirectory(prefix="dossier-dask-") as work:
        # analyze reads the same files in the same order (its own listing of the same paths when
        # the whole of them is used).
        analyze_inputs = args.paths if not args.limit else files
        start = time.monotonic()
        subprocess.run([args.dossier, "analyze", "-q", "--json", os.path.join(work, "analyze.json"),
                        *analyze_inputs], check=False)
        analyze_seconds = time.monotonic() - start

        shuffled = list(files)
        random.Random(20).shuffle(shuffled)
        partitions = [shuffled[i::args.partitions] for i in range(args.partitions)]
        partitions = [p for p in partitions if p]
        start = time.monotonic()
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            client.wait_for_workers(args.workers)
            cluster_seconds = time.monotonic() - start
            start = time.monotonic()
            futures = client.map(run_map, [args.dossier] * len(partitions), partitions, pure=False)
            outputs = client.gather(futures)
            map_seconds = time.monotonic() - start
        record_files = []
        for i, text in enumerate(reversed(outputs)):
            path = os.path.join(work, "part-%05d.jsonl" % i)
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
            record_files.append(path)
        if not args.limit and listing:
            path = os.path.join(work, "listing.jsonl")
            with open(path, "w", encoding="utf-8") as out:
                out.write("\n".join(listing) + "\n")
            record_files.append(path)
        reduce_start = time.monotonic()
        subprocess.run([args.dossier, "reduce", "-q", "--json", os.path.join(work, "reduce.json"),
                        *record_files], check=False)
        end = time.monotonic()

        with open(os.path.join(work, "analyze.json"), "rb") as f:
            analyzed_bytes = f.read()
        with open(os.path.join(work, "reduce.json"), "rb") as f:
            reduced_bytes = f.read()
        analyzed, reduced = json.loads(analyzed_bytes), json.loads(reduced_bytes)
        print("%d files in %d partitions on %d Dask workers" % (len(files), len(partitions), args.workers))
        print("analyze: %.2f s; starting the cluster: %.2f s; map under Dask: %.2f s; reduce: %.2f s; "
              "map+reduce: %.2f s" % (analyze_seconds, cluster_seconds, map_seconds, end - reduce_start,
                                      map_seconds + end - reduce_start))
        print("documents %d, entities %d, quotes %d, events %d, stories %d, diagnostics %d" % (
            len(reduced["documents"]), len(reduced["entities"]), len(reduced["quotes"]),
            len(reduced["events"]), len(reduced["stories"]), len(reduced["diagnostics"])))
        if analyzed != reduced:
            for key in analyzed:
                if analyzed.get(key) != reduced.get(key):
                    print("differs: %s" % key)
            return 1
        print("identical: the reduced dossier is the analyzed one (%s)" % (
            "byte for byte" if analyzed_bytes == reduced_bytes else "as JSON values; the bytes differ"))
        return 0


if __name__ == "__main__":
    sys.exit(main())
