"""The answer to a SPARQL query as plain frozen records, printable as a table, CSV, TSV or JSON.

CSV, TSV and JSON follow the W3C SPARQL 1.1 result formats; the table shortens IRIs with the
usual prefixes so it fits a terminal. CONSTRUCT/DESCRIBE answers are rows of subject, predicate, object.

In Python a result is a sequence of rows as dicts (numbers as ``int``/``float``), and a DataFrame:

    >>> result = QueryResult(("who", "n"), ((Term("literal", "China"), Term("literal", "3", _XSD + "integer")),))
    >>> list(result)
    [{'who': 'China', 'n': 3}]
    >>> result[0]["n"] + 1
    4
    >>> result.to_df().shape
    (1, 2)
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

__all__ = ["Term", "QueryResult", "FORMATS", "DISPLAY_PREFIXES", "term_reader"]

FORMATS = ("table", "csv", "tsv", "json")
DISPLAY_PREFIXES = {
    "kg:": "https://kg.example.org/ontology#",
    "rdf:": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs:": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd:": "http://www.w3.org/2001/XMLSchema#",
    "skos:": "http://www.w3.org/2004/02/skos/core#",
    "schema:": "https://schema.org/",
    "prov:": "http://www.w3.org/ns/prov#",
}
_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"
# Literal datatypes read as Python numbers and booleans; every other literal stays a string.
_INTEGERS = frozenset(_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                         "positiveInteger", "nonPositiveInteger", "negativeInteger",
                                         "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))
_FLOATS = frozenset(_XSD + t for t in ("decimal", "double", "float"))
_MAX_CELL = 60
_HTML_ROWS = 100  # rows a notebook shows; the result holds them all


@dataclass(frozen=True, slots=True)
class Term:
    """One RDF term of a result: kind ``uri``, ``literal`` or ``bnode``, its value, datatype and language."""

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    def __str__(self) -> str:
        return self.value

    def ntriples(self) -> str:
        """The term in N-Triples syntax (used by the TSV format)."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        escaped = (self.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                   .replace("\r", "\\r").replace("\t", "\\t"))
        if self.lang:
            return f'"{escaped}"@{self.lang}'
        if self.datatype and self.datatype != _XSD_STRING:
            return f'"{escaped}"^^<{self.datatype}>'
        return f'"{escaped}"'

    def python(self) -> str | int | float | bool:
        """The value as Python: numbers as ``int``/``float``, booleans as ``bool``, anything else the string."""
        try:
            if self.datatype in _INTEGERS:
                return int(self.value)
            if self.datatype in _FLOATS:
                return float(self.value)
        except ValueError:  # an ill-typed literal ("abc"^^xsd:integer) stays as written
            return self.value
        if self.datatype == _XSD + "boolean" and self.value in ("true", "false", "1", "0"):
            return self.value in ("true", "1")
        return self.value

    def json(self) -> dict[str, str]:
        """The term as a SPARQL 1.1 JSON results binding."""
        out = {"type": self.kind, "value": self.value}
        if self.lang:
            out["xml:lang"] = self.lang
        elif self.datatype and self.datatype != _XSD_STRING:
            out["datatype"] = self.datatype
        return out

    @classmethod
    def from_oxigraph(cls, term) -> Term:
        """Convert a pyoxigraph NamedNode, BlankNode or Literal."""
        import pyoxigraph as ox

        if isinstance(term, ox.NamedNode):
            return cls("uri", term.value)
        if isinstance(term, ox.BlankNode):
            return cls("bnode", term.value)
        return cls("literal", term.value, term.datatype.value if term.datatype else None, term.language)


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Variables and rows of a SELECT (or triples of a CONSTRUCT, or the boolean of an ASK).

    Iterating or indexing gives rows as ``{variable: value}`` dicts (see ``Term.python``); ``rows``
    keeps the RDF terms; ``to_df()`` makes a pandas DataFrame.
    """

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]
    boolean: bool | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, object]]:
        return (self._row(row) for row in self.rows)

    def __getitem__(self, index: int | slice):
        if isinstance(index, slice):
            return [self._row(row) for row in self.rows[index]]
        return self._row(self.rows[index])

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.boolean is not None else bool(self.rows)

    def __str__(self) -> str:
        return self.table()

    def _repr_html_(self) -> str:
        """A table for notebooks (Jupyter shows this instead of the repr)."""
        head = "".join(f"<th>{html.escape(v)}</th>" for v in self.variables)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(_short(t))}</td>" for t in row) + "</tr>"
                       for row in self.rows[:_HTML_ROWS])
        more = f"<p>{len(self.rows) - _HTML_ROWS} more rows</p>" if len(self.rows) > _HTML_ROWS else ""
        if self.boolean is not None:
            return f"<p>{str(self.boolean).lower()}</p>"
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}<p>({_count(self.rows)})</p>"

    def _row(self, row: tuple[Term | None, ...]) -> dict[str, object]:
        return {v: (t.python() if t is not None else None) for v, t in zip(self.variables, row)}

    def to_df(self):
        """The rows as a pandas DataFrame, one column per variable (pandas is an optional dependency)."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("QueryResult.to_df() needs pandas: pip install pandas") from None
        return pd.DataFrame(list(self), columns=list(self.variables))

    def dicts(self) -> list[dict[str, str | None]]:
        """Rows as ``{variable: value}`` dictionaries of plain strings (as in the CSV format)."""
        return [{v: (t.value if t else None) for v, t in zip(self.variables, row)} for row in self.rows]

    def column(self, name: str) -> list[str | None]:
        """The values of one variable, in row order."""
        i = self.variables.index(name)
        return [row[i].value if row[i] else None for row in self.rows]

    def format(self, fmt: str = "table") -> str:
        """The result as ``table``, ``csv``, ``tsv`` or ``json`` text."""
        methods = {"table": self.table, "csv": self.to_csv, "tsv": self.to_tsv, "json": self.to_json}
        if fmt not in methods:
            from kg.errors import QueryError

            raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(FORMATS)}")
        return methods[fmt]()

    def table(self) -> str:
        """An aligned text table with shortened IRIs, for terminals."""
        if self.boolean is not None:
            return f"{str(self.boolean).lower()}\n"
        cells = [[_short(t) for t in row] for row in self.rows]
        widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(self.variables)]
        line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
        out = [line(self.variables), line("-" * w for w in widths)] + [line(r) for r in cells]
        out.append(f"({_count(self.rows)})")
        return "\n".join(out) + "\n"

    def to_csv(self) -> str:
        """SPARQL 1.1 CSV: plain values, empty for unbound; a value a spreadsheet would run as a
        formula starts with a quote (kg.csv_cells)."""
        from kg.csv_cells import csv_text

        if self.boolean is not None:
            return f"boolean\r\n{str(self.boolean).lower()}\r\n"
        # CRLF line ends, as the W3C format asks
        return csv_text(self.variables, ([t.value if t else "" for t in row] for row in self.rows), line_end="\r\n")

    def to_tsv(self) -> str:
        """SPARQL 1.1 TSV: terms in N-Triples syntax."""
        if self.boolean is not None:
            return f"?boolean\n{str(self.boolean).lower()}\n"
        lines = ["\t".join("?" + v for v in self.variables)]
        lines += ["\t".join(t.ntriples() if t else "" for t in row) for row in self.rows]
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        """SPARQL 1.1 JSON results."""
        if self.boolean is not None:
            return json.dumps({"head": {}, "boolean": self.boolean}) + "\n"
        bindings = [{v: t.json() for v, t in zip(self.variables, row) if t is not None} for row in self.rows]
        return json.dumps({"head": {"vars": list(self.variables)}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_oxigraph(cls, answer) -> QueryResult:
        """Materialise a pyoxigraph query answer (solutions, triples or boolean)."""
        import pyoxigraph as ox

        if isinstance(answer, ox.QueryBoolean):
            return cls((), (), bool(answer))
        read = term_reader()
        if isinstance(answer, ox.QuerySolutions):
            return cls(tuple(v.value for v in answer.variables), tuple(tuple(map(read, s)) for s in answer))
        rows = tuple(tuple(map(read, (t.subject, t.predicate, t.object))) for t in answer)
        return cls(("subject", "predicate", "object"), rows)


def term_reader() -> Callable[[object], Term | None]:
    """A converter of pyoxigraph terms (or None, unbound) to Terms that converts each distinct term once:
    result rows repeat names, dates and codes, and a conversion costs more than a dictionary lookup."""
    made: dict[object, Term | None] = {None: None}

    def read(term) -> Term | None:
        found = made.get(term)
        if found is None and term is not None:
            found = made[term] = Term.from_oxigraph(term)
        return found

    return read


def _count(rows: tuple) -> str:
    return f"{len(rows)} row{'s' if len(rows) != 1 else ''}"


def _short(term: Term | None) -> str:
    if term is None:
        return ""
    value = term.value
    if term.kind == "uri":
        value = next((p + value[len(ns):] for p, ns in DISPLAY_PREFIXES.items() if value.startswith(ns)), value)
    value = " ".join(value.split())
    return value if len(value) <= _MAX_CELL else value[: _MAX_CELL - 1] + "\u2026"
