#!/usr/bin/env python3
"""Events per article on a sample of real news, and the events themselves for a reader to judge.

Runs `dossier analyze` on the first N texts (sorted by name) of a PolNeAR part with their
publication dates from metadata.tsv, prints events per article (all, and at or above a confidence
threshold), and with --dump writes every event with its sentence for reading.

    python3 tools/eval/events_sample.py --polnear ../shared/data/quotes/polnear --part dev -n 30 \
        --dossier build/dossier [--min-confidence 0.5] [--dump FILE]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--polnear", required=True)
    p.add_argument("--part", default="dev")
    p.add_argument("-n", type=int, default=30)
    p.add_argument("--dossier", default="build/dossier")
    p.add_argument("--min-confidence", type=float, default=0.5)
    p.add_argument("--dump")
    a = p.parse_args()
    dates = {}
    with open(os.path.join(a.polnear, "metadata.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            dates[row["filename"]] = row.get("publication_date", "")
    folder = os.path.join(a.polnear, a.part, "text")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))[: a.n]
    with tempfile.TemporaryDirectory() as work:
        jsonl = os.path.join(work, "sample.jsonl")
        with open(jsonl, "w", encoding="utf-8") as out:
            for n in names:
                with open(os.path.join(folder, n), encoding="utf-8") as f:
                    text = f.read()
                record = {"id": n[:-4], "text": text}
                date = dates.get(n[:-4], "")
                if len(date) == 10:
                    record["date"] = date
                out.write(json.dumps(record) + "\n")
        result = os.path.join(work, "out.json")
        subprocess.run([a.dossier, "analyze", jsonl, "--json", result, "--quiet"], check=True)
        with open(result, encoding="utf-8") as f:
            d = json.load(f)
    texts = {doc["id"]: doc for doc in d["documents"]}
    events = d["events"]
    confident = [e for e in events if e.get("confidence", 1.0) >= a.min_confidence]
    print(f"articles {len(names)}  events {len(events)} ({len(events) / len(names):.2f} per article)  "
          f"confidence >= {a.min_confidence}: {len(confident)} ({len(confident) / len(names):.2f} per article)")
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as out:
            for e in events:
                out.write(f"{e['id']}\t{e['doc']}\t{e['code']}\t{e.get('confidence', '')}\t"
                          f"{e.get('source_text') or e.get('source')}\t{e.get('target_text') or e.get('target')}\t"
                          f"{e['trigger']}\t{e['text']}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
