"""Tests of the Python bindings and of the exports, read back with Python's csv and json modules
and with networkx's GraphML and GEXF readers. Run by ctest (python_bindings) with PYTHONPATH set
to the build tree's python/ folder."""
import csv
import json
import os
import pathlib
import tempfile
import threading
import unittest

import dossier

SOURCE = pathlib.Path(os.environ.get("DOSSIER_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
DEMO = SOURCE / "examples" / "demo"

# An invented article: two named people, a quote with its speaker, a date.
ARTICLE = (
    "Harbour workers strike in Port Selby\n\n"
    "PORT SELBY, March 3, 2024 - Dock workers walked out on Monday after talks with the "
    "Selby Harbour Authority broke down, union leader Mara Quint said.\n\n"
    "\"We will stay out until the authority listens,\" Quint told reporters. The authority's "
    "director, Tomas Vell, said the demands could not be met.\n"
)

try:
    import pandas  # noqa: F401
    HAVE_PANDAS = True
except ImportError:
    HAVE_PANDAS = False
try:
    import networkx
except ImportError:
    networkx = None


class DemoCorpus(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.result = dossier.analyze([DEMO], threads=2)

    def test_tables_are_plain_objects(self):
        docs = self.result.documents
        self.assertEqual(len(docs), 8)
        self.assertTrue(all(d.id and d.path for d in docs))
        entities = self.result.entities
        self.assertGreater(len(entities), 5)
        names = {e.name for e in entities}
        self.assertIn("Ilona Marek", names)
        for e in entities:
            self.assertTrue(e.id.startswith("E"))
            self.assertIn(e.type, {"PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"})
        ids = {e.id for e in entities}
        for q in self.result.quotes:
            self.assertTrue(q.speaker is None or q.speaker in ids)
            self.assertIn(q.kind, {"direct", "partial", "indirect"})
        for v in self.result.events:
            self.assertRegex(v.code, r"^\d{2,4}$")
            self.assertIn(v.quad_class, {1, 2, 3, 4})
        self.assertTrue(all(t.value for t in self.result.times))

    def test_ids_and_offsets_agree_with_the_json(self):
        data = json.loads(self.result.to_json())
        self.assertEqual([e["id"] for e in data["entities"]], [e.id for e in self.result.entities])
        self.assertEqual([q["id"] for q in data["quotes"]], [q.id for q in self.result.quotes])
        self.assertEqual([v["code"] for v in data["events"]], [v.code for v in self.result.events])
        texts = {d["id"]: d["text"] for d in data["documents"]}
        for q in self.result.quotes:
            self.assertEqual(texts[q.doc][q.start:q.end], q.text)
        compact = self.result.to_json(pretty=False)
        self.assertNotIn("\n", compact.strip())
        self.assertEqual(json.loads(compact), data)

    @unittest.skipUnless(HAVE_PANDAS, "pandas not installed")
    def test_dataframes(self):
        frame = self.result.dataframe("entities")
        self.assertEqual(list(frame.columns)[:3], ["id", "name", "type"])
        self.assertEqual(len(frame), len(self.result.entities))
        events = self.result.dataframe("events")
        self.assertIn("plover_type", events.columns)

    def test_csv_export_reads_back(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = pathlib.Path(tmp) / "tables"
            self.result.export("csv", out)
            self.assertEqual(sorted(p.stem for p in out.glob("*.csv")), sorted(dossier.TABLES))
            for name in dossier.TABLES:
                with open(out / f"{name}.csv", newline="", encoding="utf-8") as f:
                    rows = list(csv.DictReader(f))
                objects = self.result.table(name)
                self.assertEqual(len(rows), len(objects), name)
                for row, obj in zip(rows, objects):
                    self.assertEqual(list(row), list(obj._fields))
                    self.assertEqual(row["id"], str(obj.id))
                    if "text" in row:
                        self.assertEqual(row["text"], obj.text)

    def test_jsonl_export_reads_back(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "d.jsonl"
            self.result.export("jsonl", path)
            lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        by_table = {}
        for line in lines:
            by_table.setdefault(line.pop("table"), []).append(line)
        for name in dossier.TABLES:
            expected = [obj._asdict() for obj in self.result.table(name)]
            self.assertEqual(by_table.get(name, []), expected, name)

    def test_gdelt_export_reads_back(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "events.tsv"
            self.result.export("gdelt", path)
            with open(path, newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
        self.assertEqual(len(rows), len(self.result.events))
        for row, event in zip(rows, self.result.events):
            self.assertEqual(row["GLOBALEVENTID"], event.id)
            self.assertEqual(row["EventCode"], event.code)
            self.assertEqual(row["EventRootCode"], event.code[:2])
            self.assertEqual(int(row["QuadClass"]), event.quad_class)
            self.assertAlmostEqual(float(row["GoldsteinScale"]), event.goldstein, places=4)
            self.assertEqual(row["SQLDATE"], (event.date or "").replace("-", ""))
            self.assertEqual(row["PloverType"], event.plover_type or "")
            self.assertTrue(row["SOURCEURL"])

    @unittest.skipIf(networkx is None, "networkx not installed")
    def test_graph_exports_read_with_networkx(self):
        entities = {e.id: e for e in self.result.entities}
        with tempfile.TemporaryDirectory() as tmp:
            graphml = pathlib.Path(tmp) / "g.graphml"
            gexf = pathlib.Path(tmp) / "g.gexf"
            self.result.export("graphml", graphml)
            self.result.export("gexf", gexf)
            g = networkx.read_graphml(graphml)
            h = networkx.read_gexf(gexf)
        self.assertTrue(g.is_directed())
        self.assertGreater(g.number_of_edges(), 0)
        self.assertEqual(g.number_of_edges(), h.number_of_edges())
        self.assertEqual(set(g.nodes), set(h.nodes))
        networks = set()
        for source, target, data in g.edges(data=True):
            self.assertIn(source, entities)
            self.assertIn(target, entities)
            self.assertGreaterEqual(data["weight"], 1)
            networks.add(data["network"])
            if data["network"] == "event":
                self.assertRegex(data["code"], r"^\d{2,4}$")
        self.assertIn("co-mention", networks)
        for node, data in g.nodes(data=True):
            self.assertEqual(data["label"], entities[node].name)


class Inputs(unittest.TestCase):
    def test_text_input_with_metadata(self):
        result = dossier.analyze(dossier.Text(ARTICLE, id="strike", title="Strike", date="2024-03-04"))
        (doc,) = result.documents
        self.assertEqual(doc.id, "strike")
        self.assertEqual(doc.title, "Strike")
        self.assertEqual(doc.date, "2024-03-04")
        self.assertIn("Mara Quint", {e.name for e in result.entities})

    def test_multiline_string_is_text(self):
        result = dossier.analyze([ARTICLE, ARTICLE.replace("Quint", "Quinn")])
        self.assertEqual(len(result.documents), 2)
        self.assertEqual(len({d.id for d in result.documents}), 2)

    def test_missing_path_is_a_diagnostic(self):
        result = dossier.analyze(["/nonexistent/dossier-input"])
        self.assertEqual(result.documents, [])
        self.assertTrue(any("/nonexistent/dossier-input" in d for d in result.diagnostics))

    def test_errors_are_python_exceptions_with_the_cli_message(self):
        with self.assertRaises(dossier.UsageError) as caught:
            dossier.analyze([DEMO], date="7 Nov 2025")
        self.assertIn("7 Nov 2025", str(caught.exception))
        with self.assertRaises(dossier.ModelError):
            dossier.analyze([DEMO], models=str(SOURCE / "examples"))
        with self.assertRaises(dossier.UsageError):
            dossier.analyze([DEMO, dossier.Text(ARTICLE)])
        with self.assertRaises(dossier.UsageError):
            dossier.analyze(ARTICLE).export("xlsx", "/tmp/x")
        with self.assertRaises(TypeError):
            dossier.analyze([42])
        self.assertTrue(issubclass(dossier.InputError, dossier.Error))

    def test_pipeline_runs_without_the_gil(self):
        # A Python thread keeps running while another analyses: the GIL is released.
        ticks = []
        stop = threading.Event()

        def tick():
            while not stop.is_set():
                ticks.append(1)
                stop.wait(0.001)

        worker = threading.Thread(target=tick)
        worker.start()
        before = len(ticks)
        dossier.analyze([DEMO], threads=1)
        during = len(ticks) - before
        stop.set()
        worker.join()
        self.assertGreater(during, 10)


if __name__ == "__main__":
    unittest.main()
