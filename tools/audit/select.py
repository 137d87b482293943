#!/usr/bin/env python3
"""Draws the audit sample: articles of PolNeAR train picked at random with a fixed seed.

    python3 tools/audit/select.py --shared ../shared --seed 20261206 --count 60 > audit/sample.tsv

The event-training sample (issue 16; articles disjoint from the audit sample, all of one part):

    python3 tools/audit/select.py --shared ../shared --seed 20261207 --count 40 \
        --exclude audit/sample.tsv --part train > audit/train/sample.tsv

Its second draw (articles 41-80), appended to the same file without the header row:

    python3 tools/audit/select.py --shared ../shared --seed 20261208 --count 40 --first 41 \
        --exclude audit/sample.tsv --exclude audit/train/sample.tsv --part train

Pool: the train compartment's texts of 150 to 600 words (whitespace-separated), so that every
article can be annotated in full twice within one working session; the 16 articles that PolNeAR
itself annotated more than once are kept in the pool. The first fifth of the draw is the tuning
part (rules and classifiers may look at it), the rest the evaluation part (never looked at while
building). Output: one row per article, tab-separated: index, part, path relative to --shared,
publication date (the document creation time), publisher.
"""
import argparse
import csv
import os
import random
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--min-words", type=int, default=150)
    parser.add_argument("--max-words", type=int, default=600)
    parser.add_argument("--exclude", action="append", default=[],
                        help="a sample.tsv whose articles are left out of the pool")
    parser.add_argument("--part", help="give every row this part instead of tune/eval")
    parser.add_argument("--first", type=int, default=1, help="index of the first row drawn")
    args = parser.parse_args()

    root = os.path.join(args.shared, "data", "quotes", "polnear")
    meta = {}
    with open(os.path.join(root, "metadata.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"]] = row
    excluded = set()
    for path in args.exclude:
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                excluded.add(os.path.basename(row["path"])[:-4])
    text_dir = os.path.join(root, "train", "text")
    pool = []
    for name in sorted(os.listdir(text_dir)):
        if not name.endswith(".txt") or name[:-4] in excluded:
            continue
        with open(os.path.join(text_dir, name), encoding="utf-8") as f:
            words = len(f.read().split())
        if args.min_words <= words <= args.max_words:
            pool.append(name[:-4])
    rng = random.Random(args.seed)
    drawn = rng.sample(pool, args.count)
    tuning = args.count // 5
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["index", "part", "path", "date", "publisher"])
    for i, name in enumerate(drawn, args.first):
        row = meta.get(name, {})
        part = args.part or ("tune" if i - args.first < tuning else "eval")
        out.writerow([i, part,
                      f"data/quotes/polnear/train/text/{name}.txt",
                      row.get("publication_date", ""), row.get("publisher", "")])
    print(f"pool {len(pool)} articles, drew {args.count} with seed {args.seed}", file=sys.stderr)


if __name__ == "__main__":
    main()
