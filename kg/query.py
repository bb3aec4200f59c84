"""SPARQL over a build: ``query(text | file.rq | saved name, out=OUTDIR, params=...) -> QueryResult``.

A query without ``GRAPH`` sees the build's default graph: the merged view plus the derived facts,
each fact once, as ``kg serve`` and a triplestore loading ``graph.nq`` see it. The article graphs
(and the merged, derived and build graphs by name) are reached with ``GRAPH ?g { ... }``.
Parameters are bound as RDF terms in a ``VALUES`` block at the start of the WHERE group
(serialised by pyoxigraph, so a value can never change the query's structure); the same text runs
on any SPARQL endpoint. Saved queries live in
``ontology/queries/NAME.rq``: first line ``# title``, then ``# param NAME: what it is`` lines.

A query that declares ``BASE <https://kg.example.org/>`` (kg's default base IRI) runs with the base
IRI the build was made with instead, so that ``<graph/merged>`` names the build's merged view
whatever its base: the saved queries name it so, a constant graph the engine plans far better
than a ``GRAPH ?g`` found by its type. On another store the declaration stands as written: for a
build made with another base IRI, that base goes there.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from kg.config import ONTOLOGY_DIR, Config
from kg.errors import QueryError
from kg.query_limits import Limits, run_limited
from kg.query_result import DISPLAY_PREFIXES, QueryResult, Term

__all__ = ["query", "Limits", "saved_queries", "saved_query", "QueryResult", "Term", "open_graph", "find_nquads",
           "bind_values", "for_build", "stored_base", "QUERIES_DIR"]

QUERIES_DIR = ONTOLOGY_DIR / "queries"
DEFAULT_BASE = Config().base_iri
_BASE = re.compile(r"^(\s*BASE\s*<)" + re.escape(DEFAULT_BASE) + ">", re.I | re.M)
_MERGED = "graph/merged"  # the merged view's IRI under the base (kg.graph.iri)
_RDF_TYPE = DISPLAY_PREFIXES["rdf:"] + "type"
_MERGED_GRAPH = DISPLAY_PREFIXES["kg:"] + "MergedGraph"  # kg:MergedGraph, whatever the base
_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(.*)$", re.M)
_NAME = re.compile(r"[A-Za-z][\w-]*")


def saved_queries() -> dict[str, str]:
    """Saved query name → its title (the first comment line)."""
    return {p.stem: _title(p.read_text("utf-8")) for p in sorted(QUERIES_DIR.glob("*.rq"))}


def saved_query(name: str) -> str:
    """The text of the saved query ``name``."""
    path = QUERIES_DIR / f"{name}.rq"
    if not _NAME.fullmatch(name) or not path.is_file():
        raise QueryError(f"no saved query {name!r}; saved: {', '.join(saved_queries()) or 'none'}")
    return path.read_text("utf-8")


def query_params(text: str) -> dict[str, str]:
    """The ``# param NAME: description`` lines of a query."""
    return dict(_PARAM.findall(text))


def _title(text: str) -> str:
    first = text.lstrip().split("\n", 1)[0]
    return first.lstrip("#").strip() if first.startswith("#") else ""


def _resolve(text_or_file_or_name: str) -> str:
    """The SPARQL text a saved name, a .rq file or literal text stands for."""
    candidate = text_or_file_or_name.strip()
    if _NAME.fullmatch(candidate):
        return saved_query(candidate)
    if "\n" not in candidate and len(candidate) < 4096 and candidate.endswith((".rq", ".sparql")):
        path = Path(candidate).expanduser()
        if not path.is_file():
            raise QueryError(f"no such query file: {candidate}")
        return path.read_text("utf-8")
    return text_or_file_or_name


def _term(value: str):
    """A parameter value as an RDF term: ``<iri>`` or ``http(s)://…`` → IRI, anything else → string literal."""
    import pyoxigraph as ox

    if value.startswith("<") and value.endswith(">"):
        return ox.NamedNode(value[1:-1])
    if re.fullmatch(r"https?://\S+", value):
        return ox.NamedNode(value)
    return ox.Literal(value)


def _check_params(text: str, params: dict[str, str]) -> None:
    declared = query_params(text)
    if declared:
        unknown = set(params) - set(declared)
        if unknown:
            raise QueryError(f"unknown parameter(s) {', '.join(sorted(unknown))}; this query takes: "
                             + ", ".join(f"{k} ({v})" for k, v in declared.items()))
    for name in params:
        if not re.fullmatch(r"\w+", name) or not re.search(rf"[?$]{name}\b", text):
            raise QueryError(f"parameter {name!r} is not a variable of the query")


def bind_values(text: str, params: dict[str, str] | None) -> str:
    """``text`` with a ``VALUES`` block binding ``params`` at the start of its WHERE group (for endpoints)."""
    if not params:
        return text
    _check_params(text, params)
    masked = _mask_comments(text)
    match = re.search(r"\bWHERE\s*\{", masked, re.I) or re.search(r"\b(?:SELECT|ASK)\b[^{]*\{", masked, re.I)
    if match is None:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    names = sorted(params)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(str(_term(params[n])) for n in names)}) }} "
    return text[: match.end()] + block + text[match.end():]


def _mask_comments(text: str) -> str:
    # Same length as text, comment lines blanked, so offsets found in it apply to text.
    return re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group()), text)


def stored_base(store) -> str | None:
    """The base IRI the build in the pyoxigraph ``store`` was made with, read from its merged graph's IRI."""
    import pyoxigraph as ox

    for quad in store.quads_for_pattern(None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(_MERGED_GRAPH), None):
        name = quad.graph_name
        if quad.subject == name and name.value.endswith(_MERGED):
            return name.value[: -len(_MERGED)]
    return None


def for_build(text: str, store) -> str:
    """``text`` with a ``BASE`` of kg's default base IRI made the base IRI of the build in ``store``."""
    base = stored_base(store) if _BASE.search(text) else None
    if base is None or base == DEFAULT_BASE:
        return text
    return _BASE.sub(lambda m: m.group(1) + base + ">", text, count=1)


def find_nquads(out: str | Path) -> Path | None:
    """The N-Quads dump of a build (``OUTDIR/*.nq``), if it wrote one."""
    found = sorted(Path(out).glob("*.nq"))
    return found[0] if found else None


def open_graph(out: str | Path):
    """A pyoxigraph Store over the build in ``out``: its published snapshot (else its store) read-only,
    else its N-Quads in memory."""
    import pyoxigraph as ox

    from kg.snapshot import open_for_reading, reading_location

    out = Path(out)
    if reading_location(out).is_dir():
        try:
            return open_for_reading(out)
        except OSError:
            pass  # locked by a writer or another format: fall back to the dump
    dump = find_nquads(out)
    if dump is None:
        raise QueryError(f"no built graph in {out} (no store/ and no .nq file): run `kg build` first")
    store = ox.Store()
    store.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    return store


def query(text_or_file_or_name: str, *, out: str | Path, params: dict[str, str] | None = None,
          limits: Limits | None = None) -> QueryResult:
    """Run a SPARQL query (text, a .rq file or a saved query's name) over the build in ``out``, within ``limits``.

    The limits default to the ``query_timeout``, ``query_max_rows`` and ``query_max_memory`` settings.
    """
    text = bind_values(_resolve(text_or_file_or_name), params)
    if not (Path(out) / "store").is_dir() and find_nquads(out) is None:
        raise QueryError(f"no built graph in {out} (no store/ and no .nq file): run `kg build` first")
    if limits is None:
        from kg.config import load_config

        config = load_config()
        limits = Limits(config.query_timeout, config.query_max_rows, config.query_max_memory)
    return run_limited(text, partial(_run_over, str(out), text), limits)


def _run_over(out: str, text: str):
    """``text`` over the build in ``out`` (what the limited child runs: a module function, so it pickles)."""
    return _run(open_graph(out), text)


def _run(store, text: str):
    """``text`` over ``store``'s default graph; over its merged and derived graphs for a store made
    before the default graph held them (rebuilt on its next change)."""
    import pyoxigraph as ox

    text = for_build(text, store)
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None:
        from kg.graph.store import graph_kinds

        kinds = graph_kinds(store)
        if kinds["merged"]:
            return store.query(text, default_graph=kinds["merged"] + kinds["derived"])
    return store.query(text)
