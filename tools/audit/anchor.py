#!/usr/bin/env python3
"""Turns an annotator's draft (spans as exact text + occurrence number) into offsets.

A span in a draft is {"text": T, "occ": N} (the N-th occurrence of the exact string T in the file,
counted as substrings, 1 = first) or {"text": T, "ctx": C} (T inside the first occurrence of the
longer string C, which should be unique in the file; "occ" then counts occurrences of C).

    python3 tools/audit/anchor.py --shared ../shared audit/drafts/A/7.json [more drafts...] \
        --out audit/passes/A

Each output file keeps every field of the draft, with each span object {"text", "occ"} replaced
by {"start", "end"} in Unicode code points of the article file (the article text itself is never
written). A span that cannot be found is reported with its draft file and field, and the file is
not written: nothing is dropped silently. With --check only, drafts are checked and nothing is
written. Exit status 1 when any draft failed.
"""
import argparse
import json
import os
import sys


class AnchorError(Exception):
    pass


def find_occurrence(text, needle, occ):
    if not needle:
        raise AnchorError("empty span text")
    start = -1
    for _ in range(max(1, int(occ))):
        start = text.find(needle, start + 1)
        if start < 0:
            raise AnchorError(f"{needle!r} occurrence {occ} not found")
    return start


def locate(span, text):
    needle = span["text"]
    if "ctx" in span:
        context = span["ctx"]
        at = find_occurrence(text, context, span.get("occ", 1))
        inner = context.find(needle) if needle else -1
        if inner < 0:
            raise AnchorError(f"{needle!r} is not inside its ctx {context!r}")
        return at + inner
    return find_occurrence(text, needle, span.get("occ", 1))


def is_span(value):
    return isinstance(value, dict) and isinstance(value.get("text"), str) and (
        "occ" in value or "ctx" in value)


def anchor(value, text, where):
    if isinstance(value, dict):
        if is_span(value):
            try:
                start = locate(value, text)
            except AnchorError as error:
                raise AnchorError(f"{where}: {error}") from None
            rest = {k: v for k, v in value.items() if k not in ("text", "occ", "ctx")}
            return {"start": start, "end": start + len(value["text"]), **rest}
        return {k: anchor(v, text, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        return [anchor(v, text, f"{where}[{i}]") for i, v in enumerate(value)]
    return value


def anchor_mentions(draft, text):
    # A mention is itself a span: {"text", "occ", "type", "entity"}.
    out = []
    for i, m in enumerate(draft.get("mentions", [])):
        try:
            start = locate(m, text)
        except (AnchorError, KeyError) as error:
            raise AnchorError(f"mentions[{i}]: {error}") from None
        out.append({"start": start, "end": start + len(m["text"]),
                    **{k: v for k, v in m.items() if k not in ("text", "occ", "ctx")}})
    return out


def anchor_times(draft, text):
    out = []
    for i, t in enumerate(draft.get("times", [])):
        try:
            start = locate(t, text)
        except (AnchorError, KeyError) as error:
            raise AnchorError(f"times[{i}]: {error}") from None
        out.append({"start": start, "end": start + len(t["text"]),
                    **{k: v for k, v in t.items() if k not in ("text", "occ", "ctx")}})
    return out


def convert(draft, text):
    out = {k: v for k, v in draft.items() if k not in ("mentions", "roles", "speech", "events", "times")}
    out["mentions"] = anchor_mentions(draft, text)
    out["roles"] = anchor(draft.get("roles", []), text, "roles")
    out["speech"] = anchor(draft.get("speech", []), text, "speech")
    out["events"] = anchor(draft.get("events", []), text, "events")
    out["times"] = anchor_times(draft, text)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("drafts", nargs="+")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--out")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    failed = False
    for path in args.drafts:
        try:
            with open(path, encoding="utf-8") as f:
                draft = json.load(f)
            with open(os.path.join(args.shared, draft["path"]), encoding="utf-8") as f:
                text = f.read()
            result = convert(draft, text)
        except (OSError, ValueError, KeyError, AnchorError) as error:
            print(f"{path}: {error}", file=sys.stderr)
            failed = True
            continue
        if args.check or not args.out:
            continue
        os.makedirs(args.out, exist_ok=True)
        with open(os.path.join(args.out, os.path.basename(path)), "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=1)
            f.write("\n")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
