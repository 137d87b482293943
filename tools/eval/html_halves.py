#!/usr/bin/env python3
"""Scores a trafilatura-eval run of eval_html.py on two fixed halves of the dev pages.

usage:
  html_halves.py --data DIR --work DIR [--eval DIR]                  # scores per half and overall
  html_halves.py --data DIR --work DIR --misses FIELD [--limit N]    # misses of half A only

DIR (--data) is the trafilatura-eval folder (or the html folder holding it); --work is the folder given to
`eval_html.py --work` (its traf/dossier.json and traf/names.tsv are read); --eval the folder of the official
scorer eval_html.py (default: ../shared/eval, run from the repository's root), whose metric is used as is.

The halves: a page is in half A when the first byte of sha256("dossier-html-halves-v1:" + its upstream file
name) is even, else in half B (AEB pages by their file name "<id>.html.gz"; their body F1 per half is printed
when --data holds scrapinghub-aeb/ and WORK/aeb/dossier.json exists). The rule uses nothing but the name, so it splits the held-back test pages the same
way and no list of names is kept. Tune on half A (--misses prints only its pages), report half B.
FIELD is title, author or date; a miss prints the gold value and the predicted one with the page's file.
"""
import argparse
import hashlib
import importlib.util
import json
import os
import sys

SALT = "dossier-html-halves-v1:"


def half_of(file_name):
    return "A" if hashlib.sha256((SALT + file_name).encode("utf-8")).digest()[0] % 2 == 0 else "B"


def load_scorer(folder):
    path = os.path.join(folder, "eval_html.py")
    if not os.path.isfile(path):
        sys.exit(f"error: no official scorer at {path} (give --eval)")
    spec = importlib.util.spec_from_file_location("eval_html", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(ev, folder, work):
    entries, _, safe, orig = ev.load_traf(folder)
    out_json = os.path.join(work, "traf", "dossier.json")
    if not os.path.isfile(out_json):
        sys.exit(f"error: {out_json} missing (run eval_html.py --work {work} first)")
    docs, _ = ev.dossier_docs([out_json])
    lookup = dict(orig)
    lookup.update(safe)
    matched = ev.match_docs(docs, lookup)
    preds = {k: {"text": d.get("text"), "title": d.get("title"), "author": ev.dossier_authors(d.get("authors")),
                 "date": d.get("date"), "safe": d.get("id")} for k, d in matched.items()}
    return entries, preds


def report(ev, entries, preds):
    halves = {"A": {}, "B": {}}
    for k, it in entries.items():
        halves[half_of(it["file"])][k] = it
    print(f"{'part':<6} {'docs':>5} {'body F1':>8} | {'title':>17} {'author':>17} {'date':>17}")
    for name, part in (("A", halves["A"]), ("B", halves["B"]), ("all", entries)):
        m = ev.traf_score(part, preds)
        meta = "".join(f" {ok / n if n else 0:.3f} ({ok:>3}/{n:>3})".rjust(18) for n, ok in
                       (m["meta"][f] for f in ("title", "author", "date")))
        print(f"{name:<6} {m['docs']:>5} {m['f1']:>8.3f} |{meta}")


def report_aeb(ev, folder, work):
    """AEB body F1 (the official metric, no bootstrap) per half and overall."""
    out_json = os.path.join(work, "aeb", "dossier.json")
    if not os.path.isdir(folder) or not os.path.isfile(out_json):
        return
    gold, _ = ev.load_aeb_gold(folder)
    docs, _ = ev.dossier_docs([out_json])
    lookup = {i: i for i in gold}
    pred = {k: d.get("text") for k, d in ev.match_docs(docs, lookup).items()}
    print(f"{'AEB':<6} {'pages':>5} {'body F1':>8}")
    for name in ("A", "B", "all"):
        part = {i: t for i, t in gold.items() if name == "all" or half_of(i + ".html.gz") == name}
        print(f"{name:<6} {len(part):>5} {ev.aeb_score(part, pred, nboot=0)['f1']:>8.3f}")


def misses(ev, entries, preds, field, limit):
    shown = 0
    for k, it in sorted(entries.items(), key=lambda kv: kv[1]["file"]):
        if half_of(it["file"]) != "A":
            continue
        gold = it.get(field)
        if not gold:
            continue
        if isinstance(gold, list):
            gold = "; ".join(gold)
        pred = (preds.get(k) or {}).get(field) or ""
        ok = ev.wsnorm(pred)[:10] == gold[:10] if field == "date" else ev.wsnorm(pred) == ev.wsnorm(gold)
        if ok:
            continue
        print(f"{it['file']}\t{(preds.get(k) or {}).get('safe')}\n  gold: {gold!r}\n  pred: {pred!r}")
        shown += 1
        if shown >= limit:
            break


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--eval", default=os.path.join("..", "shared", "eval"),
                    help="folder of eval_html.py (default ../shared/eval, from the repository's root)")
    ap.add_argument("--misses", choices=("title", "author", "date"))
    ap.add_argument("--limit", type=int, default=1000)
    args = ap.parse_args()
    folder = args.data
    aeb_folder = os.path.join(folder, "scrapinghub-aeb")
    if os.path.isdir(os.path.join(folder, "trafilatura-eval")):
        folder = os.path.join(folder, "trafilatura-eval")
    ev = load_scorer(args.eval)
    entries, preds = predictions(ev, folder, args.work)
    if args.misses:
        misses(ev, entries, preds, args.misses, args.limit)
    else:
        report(ev, entries, preds)
        report_aeb(ev, aeb_folder, args.work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
