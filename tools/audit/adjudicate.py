#!/usr/bin/env python3
"""Adjudication of the audit set's two passes, in two steps.

1. Split: items both passes agree on go to the adjudicated file as they are; every disagreement
   becomes an entry for the adjudicator (who sees the text and both versions, never dossier's
   output):

    python3 tools/audit/adjudicate.py split --audit audit --shared ../shared --out W

   writes W/<index>.json per article: {"index", "path", "agreed": {...layers...},
   "entries": [{"id", "layer", "A": item or null, "B": item or null, "A_text", "B_text"}]}.

2. Merge: the adjudicator writes a decision per entry in the same file ("decision": "A", "B" or
   "none"); merge writes audit/adjudicated/<index>.json with the agreed items plus the chosen ones,
   and refuses an article with an undecided entry.

    python3 tools/audit/adjudicate.py merge --audit audit --work W

Agreement rules (the same as the scorer's matching, docs/audit-guidelines.md): mentions on equal
span and type; roles on holder and normalised title; speech on overlapping content and equal kind
and speaker; events on overlapping trigger, equal code and source; times on equal span and value.
Entity keys of pass B are mapped to pass A's key for the same mentions, so that one entity has one
key in the adjudicated set.
"""
import argparse
import collections
import json
import os
import sys

LAYERS = ("mentions", "roles", "speech", "events", "times")


def overlaps(a, b):
    return a and b and a["start"] < b["end"] and b["start"] < a["end"]


def content_overlaps(a, b):
    return any(overlaps(x, y) for x in a.get("content", []) for y in b.get("content", []))


def key_map(a, b):
    votes = collections.defaultdict(collections.Counter)
    for mb in b["mentions"]:
        for ma in a["mentions"]:
            if overlaps(ma, mb):
                votes[mb.get("entity", "")][ma.get("entity", "")] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def remap(item, mapping, fields):
    out = dict(item)
    for f in fields:
        if out.get(f) in mapping:
            out[f] = mapping[out[f]]
    return out


def norm(s):
    return " ".join((s or "").lower().split()).strip(".,;:-'\"")


def same(layer, x, y):
    if layer == "mentions":
        return x["start"] == y["start"] and x["end"] == y["end"] and x.get("type") == y.get("type")
    if layer == "roles":
        return x.get("holder") == y.get("holder") and norm(x.get("norm")) == norm(y.get("norm"))
    if layer == "speech":
        return (content_overlaps(x, y) and x.get("kind") == y.get("kind")
                and x.get("speaker_entity", "") == y.get("speaker_entity", ""))
    if layer == "events":
        return (overlaps(x.get("trigger"), y.get("trigger")) and x.get("code") == y.get("code")
                and x.get("source_entity", "") == y.get("source_entity", ""))
    if layer == "times":
        return x["start"] == y["start"] and x["end"] == y["end"] and x.get("value") == y.get("value")
    raise ValueError(layer)


def anchor_span(layer, item):
    if layer in ("mentions", "times"):
        return item
    if layer == "roles":
        return item.get("title")
    if layer == "speech":
        return (item.get("content") or [None])[0]
    return item.get("trigger")


def snippet(text, span, pad=60):
    if not span:
        return ""
    s, e = span["start"], span["end"]
    return (text[max(0, s - pad):s] + "[[" + text[s:e] + "]]" + text[e:e + pad]).replace("\n", " ")


def split(args):
    os.makedirs(args.out, exist_ok=True)
    folder_a = os.path.join(args.audit, "passes", "A")
    folder_b = os.path.join(args.audit, "passes", "B")
    for name in sorted(os.listdir(folder_a)):
        path_b = os.path.join(folder_b, name)
        if not name.endswith(".json") or not os.path.exists(path_b):
            continue
        a = json.load(open(os.path.join(folder_a, name), encoding="utf-8"))
        b = json.load(open(path_b, encoding="utf-8"))
        text = open(os.path.join(args.shared, a["path"]), encoding="utf-8").read()
        mapping = key_map(a, b)
        fields = {"mentions": ["entity"], "roles": ["holder"], "speech": ["speaker_entity"],
                  "events": ["source_entity", "target_entity"], "times": []}
        agreed = {layer: [] for layer in LAYERS}
        entries = []
        for layer in LAYERS:
            items_b = [remap(y, mapping, fields[layer]) for y in b.get(layer, [])]
            used = [False] * len(items_b)
            for x in a.get(layer, []):
                match = next((j for j, y in enumerate(items_b) if not used[j] and same(layer, x, y)), None)
                if match is not None:
                    used[match] = True
                    agreed[layer].append(x)
                    continue
                near = next((j for j, y in enumerate(items_b) if not used[j]
                             and overlaps(anchor_span(layer, x), anchor_span(layer, y))), None)
                y = None
                if near is not None:
                    used[near] = True
                    y = items_b[near]
                entries.append({"id": len(entries) + 1, "layer": layer, "A": x, "B": y,
                                "A_text": snippet(text, anchor_span(layer, x)),
                                "B_text": snippet(text, anchor_span(layer, y)) if y else ""})
            for j, y in enumerate(items_b):
                if not used[j]:
                    entries.append({"id": len(entries) + 1, "layer": layer, "A": None, "B": y,
                                    "A_text": "", "B_text": snippet(text, anchor_span(layer, y))})
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            json.dump({"index": a["index"], "path": a["path"], "dct": a.get("dct", ""),
                       "agreed": agreed, "entries": entries}, f, ensure_ascii=False, indent=1)
            f.write("\n")


def merge(args):
    out_dir = os.path.join(args.audit, "adjudicated")
    os.makedirs(out_dir, exist_ok=True)
    failed = False
    for name in sorted(os.listdir(args.work)):
        if not name.endswith(".json"):
            continue
        work = json.load(open(os.path.join(args.work, name), encoding="utf-8"))
        result = {"index": work["index"], "path": work["path"], "dct": work.get("dct", ""),
                  "annotator": "adjudicated"}
        layers = {layer: list(work["agreed"].get(layer, [])) for layer in LAYERS}
        undecided = [e["id"] for e in work["entries"] if e.get("decision") not in ("A", "B", "none")]
        if undecided:
            print(f"{name}: entries without a decision: {undecided}", file=sys.stderr)
            failed = True
            continue
        for e in work["entries"]:
            chosen = e.get(e["decision"]) if e["decision"] != "none" else None
            if chosen:
                layers[e["layer"]].append(chosen)
        result.update(layers)
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=1)
            f.write("\n")
    sys.exit(1 if failed else 0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=["split", "merge"])
    parser.add_argument("--audit", default="audit")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--out")
    parser.add_argument("--work")
    args = parser.parse_args()
    if args.step == "split":
        split(args)
    else:
        merge(args)


if __name__ == "__main__":
    main()
