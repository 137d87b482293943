#!/usr/bin/env python3
"""A notebook-style walk through the demo corpus with pandas: three questions an analyst asks.

    build/dossier add demo.db examples/demo -q    # the demo store
    python3 examples/analyst.py demo.db           # or article PATHs (default: examples/demo)

Needs the dossier package (scripts/setup) and pandas (python3-pandas). Each step prints the
table that answers its question; every row leads back to documents and character offsets.
"""
import pathlib
import sys

try:
    import pandas as pd
except ModuleNotFoundError:
    sys.exit(f"analyst.py: pandas is not installed for {sys.executable}; "
             "Debian's python3-pandas serves /usr/bin/python3 (run: /usr/bin/python3 examples/analyst.py)")

import dossier

pd.set_option("display.width", 120)
pd.set_option("display.max_colwidth", 60)

inputs = sys.argv[1:] or [pathlib.Path(__file__).resolve().parent / "demo"]
if len(inputs) == 1 and str(inputs[0]).endswith(".db"):
    result = dossier.Store(inputs[0])
else:
    result = dossier.analyze(inputs)

documents = result.dataframe("documents")
entities = result.dataframe("entities").set_index("id")
quotes = result.dataframe("quotes")
events = result.dataframe("events")
conflicts = result.dataframe("conflicts")
print(f"{len(documents)} articles from {documents['source'].nunique()} outlets, "
      f"{len(entities)} entities, {len(quotes)} quotes, {len(events)} events\n")

# 1. Who speaks in this story, how often, and from when to when?
said = quotes.dropna(subset=["speaker"]).assign(name=lambda q: q["speaker"].map(entities["name"]))
speakers = (said.groupby("name")
                .agg(quotes=("id", "size"), articles=("doc", "nunique"),
                     first=("date", "min"), last=("date", "max"))
                .sort_values(["quotes", "articles"], ascending=False))
print("1. Who is quoted, in how many articles, and when")
print(speakers.head(8).to_string(), "\n")

# 2. How did the story unfold: what kind of events (PLOVER), day by day?
dated = events.dropna(subset=["date"])
timeline = (dated.pivot_table(index="date", columns="plover_type", values="id", aggfunc="count",
                              fill_value=0))
print("2. Events per day by PLOVER type (cooperation and conflict over time)")
print(timeline.to_string(), "\n")
by_quad = dated.groupby("quad_class").agg(events=("id", "size"), goldstein=("goldstein", "mean"))
by_quad.index = by_quad.index.map({1: "verbal coop", 2: "material coop",
                                   3: "verbal conflict", 4: "material conflict"})
print(by_quad.round(2).to_string(), "\n")

# 3. Where do the sources disagree, and which outlet said what?
claims = conflicts.merge(documents[["id", "source", "date"]].rename(columns={"id": "doc", "date": "published"}),
                         on="doc", how="left")
claims["about"] = claims["entity"].map(entities["name"]).fillna("")
print("3. Claims that disagree, by outlet")
print(claims[["id", "attribute", "about", "value", "source", "published"]].to_string(index=False))
