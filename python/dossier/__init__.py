"""dossier for Python: analyse news articles and read the result as plain objects or DataFrames.

    import dossier
    result = dossier.analyze(["examples/demo"])
    for entity in result.entities:
        print(entity.id, entity.name, entity.type)
    quotes = result.dataframe("quotes")          # needs pandas
    result.export("graphml", "story.graphml")   # csv, graphml, gexf, jsonl, json, gdelt

The tables and their columns are listed in docs/exports.md; the objects are named tuples with
one field per column (None where the JSON has null).
"""
import collections
import os

from ._dossier import Error, InputError, ModelError, UsageError
from . import _dossier

__all__ = ["analyze", "Text", "Result", "Error", "InputError", "ModelError", "UsageError",
           "TABLES", "__version__"]

__version__ = _dossier.version()

# documents, entities, mentions, roles, quotes, events, times, conflicts
TABLES = tuple(_dossier.table_names())

_ROW_TYPES = {
    "documents": "Document", "entities": "Entity", "mentions": "Mention", "roles": "Role",
    "quotes": "Quote", "events": "Event", "times": "Time", "conflicts": "ConflictClaim",
}
_row_classes = {}


def _row_class(table, columns):
    key = (table, tuple(columns))
    if key not in _row_classes:
        _row_classes[key] = collections.namedtuple(_ROW_TYPES.get(table, "Row"), columns)
    return _row_classes[key]


class Text:
    """An article given as text; metadata left as None is read from the text as for a .txt file."""

    def __init__(self, text, *, id=None, title=None, date=None, source=None, url=None):
        self.text, self.id, self.title, self.date, self.source, self.url = (
            text, id, title, date, source, url)

    def _native(self):
        native = _dossier.TextInput()
        native.text = self.text
        for field in ("id", "title", "date", "source", "url"):
            value = getattr(self, field)
            if value is not None:
                setattr(native, field, str(value))
        return native


class Result:
    """An analysed dossier: tables as lists of named tuples, DataFrames, exports and JSON."""

    def __init__(self, native):
        self._native = native
        self._tables = {}

    def table(self, name):
        """The rows of a table (one of TABLES) as named tuples."""
        if name not in self._tables:
            columns, rows = self._native.table(name)
            cls = _row_class(name, columns)
            self._tables[name] = [cls._make(row) for row in rows]
        return self._tables[name]

    def dataframe(self, name):
        """A table as a pandas DataFrame (pandas must be installed)."""
        try:
            import pandas
        except ImportError as e:
            raise ImportError("dossier: DataFrames need pandas (apt-get install python3-pandas)") from e
        columns, rows = self._native.table(name)
        return pandas.DataFrame.from_records(rows, columns=columns)

    def export(self, format, path):
        """Writes an export: csv (a folder of tables), graphml, gexf, jsonl, json or gdelt."""
        self._native.export(format, os.fspath(path))

    def to_json(self, pretty=True):
        """The dossier as the JSON document of docs/schema.md."""
        return self._native.json(pretty)

    @property
    def diagnostics(self):
        """Notes about inputs skipped or read with a caveat, as "file:line: message"."""
        return list(self._native.diagnostics)

    documents = property(lambda self: self.table("documents"))
    entities = property(lambda self: self.table("entities"))
    mentions = property(lambda self: self.table("mentions"))
    roles = property(lambda self: self.table("roles"))
    quotes = property(lambda self: self.table("quotes"))
    events = property(lambda self: self.table("events"))
    times = property(lambda self: self.table("times"))
    conflicts = property(lambda self: self.table("conflicts"))


def analyze(inputs, *, date=None, threads=0, models=None):
    """Analyses articles and returns a Result.

    inputs: one item or a list of them. A str without a line break or an os.PathLike names a
    file or folder (read as the CLI reads it); a Text, or a str with a line break, is an article
    given as text. Paths and texts cannot be mixed in one call. date: YYYY-MM-DD for articles that
    carry none. Raises dossier.Error (InputError, ModelError, UsageError) with the CLI's message.
    """
    if isinstance(inputs, (str, os.PathLike, Text)):
        inputs = [inputs]
    paths, texts = [], []
    for item in inputs:
        if isinstance(item, Text):
            texts.append(item._native())
        elif isinstance(item, str) and "\n" in item:
            texts.append(Text(item)._native())
        elif isinstance(item, (str, os.PathLike)):
            paths.append(os.fspath(item))
        else:
            raise TypeError(f"dossier.analyze: expected a path, a str or a dossier.Text, got {type(item).__name__}")
    if not paths and not texts:
        raise UsageError("no input given")
    return Result(_dossier.analyze(paths, texts, models or "", int(threads), date or ""))
