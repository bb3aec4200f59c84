"""RDF exporters: the whole dataset (TriG, N-Quads) or the merged view (Turtle, N-Triples, JSON-LD, RDF/XML).

The merged view is the merged graph plus the rule-derived graph (a dataset without a merged graph,
such as one article's graph, is exported whole); it is also the dataset's default graph, so TriG
and N-Quads hold it twice: as triples without a graph name (first), which a triplestore loads as
its default graph, and as the named graphs ``graph/merged`` and ``graph/derived``. The store is
read once per state for every RDF file (and every other exporter after them: kg.export._shared):
its quads go to a scratch N-Quads file, a graph at a time (the default graph first, then the named
graphs by IRI), within a graph in byte order (a subject's triples together), which the content
alone fixes: the same quads give the same bytes, whatever order they were added in. The store's
writer keeps each graph's lines beside it (kg.graph.graph_files), so a build that changed one
article reads back from the store only what its file is missing. graph.nq is that file; TriG and
the merged-view formats are pyoxigraph's re-serialisations of it, with no sort or loop in Python
(TriG a graph at a time, an article graph's kept per article: kg.export._parts; the default graph's
Turtle, which pyoxigraph writes as its TriG of that graph, once for both files). JSON-LD is
compacted with ontology/context.jsonld: integers are JSON numbers, decimals (confidence) and dates
are strings typed by the context (``xsd:decimal``, ``xsd:date``; a year or year-month keeps its
own ``@type``).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

from kg.export import register
from kg.export._shared import quads_file

__all__ = ["dataset_quads", "prefixes_for", "view_triples"]

def _order(term) -> tuple[int, str]:
    return (0 if type(term).__name__ == "NamedNode" else 1, str(term))


def dataset_quads(dataset) -> list:
    """Every quad of the dataset, sorted by graph (the default graph first), subject, predicate, object."""
    from kg.graph.view import ox_store

    quads = ox_store(dataset).quads_for_pattern(None, None, None, None)
    return sorted(quads, key=lambda q: (type(q.graph_name).__name__ != "DefaultGraph", str(q.graph_name),
                                        str(q.subject), str(q.predicate), _order(q.object)))


def view_triples(dataset) -> list:
    """The merged + derived triples (everything, when there is no merged graph), sorted and de-duplicated."""
    import pyoxigraph as ox

    from kg.graph.store import graph_kinds
    from kg.graph.view import ox_store

    store = ox_store(dataset)
    kinds = graph_kinds(store)
    graphs = kinds["merged"] + kinds["derived"] if kinds["merged"] else [None]
    triples = {ox.Triple(q.subject, q.predicate, q.object)
               for g in graphs for q in store.quads_for_pattern(None, None, None, g)}
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), _order(t.object)))


def prefixes_for(dataset) -> dict[str, str]:
    """Prefixes for serialisations: the vocabularies plus the data folders under the base IRI."""
    from kg.graph.namespace import PREFIXES
    from kg.graph.view import ox_store
    from kg.query import stored_base

    prefixes = dict(PREFIXES)
    base = stored_base(ox_store(dataset))
    if base is not None:
        for kind in ("person", "country", "organization", "place", "event", "document", "policy"):
            prefixes[kind] = f"{base}entity/{kind}/"
        prefixes.update(article=f"{base}article/", ev=f"{base}event/", evidence=f"{base}evidence/")
    return prefixes


def _write(items, fmt: str, dest: Path | None, prefixes: dict[str, str]) -> bytes | None:
    """Serialise quads or triples as ``fmt`` into ``dest`` (atomically), or as bytes."""
    import pyoxigraph as ox

    from kg.atomic import atomic_path

    options = {"format": getattr(ox.RdfFormat, fmt)}
    if fmt not in ("N_QUADS", "N_TRIPLES"):
        options["prefixes"] = prefixes
    if dest is None:
        return ox.serialize(items, **options)
    with atomic_path(dest) as tmp:
        ox.serialize(items, str(tmp), **options)
    return None


def _emit(data: bytes, dest: Path | None) -> bytes | None:
    """``data`` written to ``dest`` (atomically), or returned when there is none."""
    if dest is None:
        return data
    from kg.atomic import write_bytes

    write_bytes(dest, data)
    return None


def _view_items(dataset):
    """The merged view's triples: the default graph a refreshed build fills with it (as the quads of the
    default graph, which pyoxigraph writes as triples)."""
    if _has_view(dataset):
        return quads_file(dataset).quads("")
    return view_triples(dataset)  # a single article's graph, or a store refreshed before the default graph was filled


def _has_view(dataset) -> bool:
    """Whether the dataset has a merged graph and a default graph (the merged view) filled by a refresh."""
    import pyoxigraph as ox

    from kg.graph.store import graph_kinds
    from kg.graph.view import ox_store

    store = ox_store(dataset)
    return bool(graph_kinds(store)["merged"]) and next(
        store.quads_for_pattern(None, None, None, ox.DefaultGraph()), None) is not None


def _default_turtle(dataset) -> bytes:
    """The default graph as Turtle, once per state of the store: graph.ttl, and the first part of graph.trig
    (pyoxigraph's Turtle is its TriG of the default graph)."""
    import pyoxigraph as ox

    from kg.export._shared import shared

    return shared(dataset, "default graph turtle", lambda: ox.serialize(
        quads_file(dataset).quads(""), format=ox.RdfFormat.TURTLE, prefixes=prefixes_for(dataset)))


def _trig(dataset) -> Iterator[bytes]:
    """The dataset as TriG, a graph at a time in the order of the quads file.

    pyoxigraph writes several graphs as its prefix lines, then each graph as it writes that graph alone
    after them; so an article graph's TriG is kept per article (kg.export._parts), and the default,
    merged, derived and build graphs are written each time."""
    import pyoxigraph as ox

    from kg.export._parts import per_article

    held = quads_file(dataset)
    prefixes = prefixes_for(dataset)

    def trig(quads) -> str:
        return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes).decode("utf-8")

    articles = per_article(dataset, "trig", trig, key=f"{ox.__version__} {json.dumps(prefixes, sort_keys=True)}")
    pending, first = next(articles, None), True
    for graph in held.spans:  # the default graph, then the named graphs by IRI: the article graphs in order
        if pending is not None and pending[0] == graph:
            text, pending = pending[1], next(articles, None)
        elif graph == "" and _has_view(dataset):
            text = _default_turtle(dataset).decode("utf-8")
        else:
            text = trig(held.quads(graph))
        if text:
            yield (text if first else _without_prefixes(text)).encode("utf-8")
            first = False


def _without_prefixes(text: str) -> str:
    start = 0
    while text.startswith("@prefix ", start):
        start = text.index("\n", start) + 1
    return text[start:]


@register("trig", suffixes=(".trig",))
def to_trig(dataset, dest: Path | None = None, **options) -> bytes | None:
    """TriG: the default graph (merged view) and every named graph (articles, merged, derived, build)"""
    if dest is None:
        return b"".join(_trig(dataset))
    from kg.atomic import atomic_path

    with atomic_path(dest) as tmp, tmp.open("wb") as f:
        f.writelines(_trig(dataset))
    return None


@register("nquads", suffixes=(".nq",))
def to_nquads(dataset, dest: Path | None = None, **options) -> bytes | None:
    """N-Quads: the default graph and every named graph, one quad per line"""
    held = quads_file(dataset)
    if dest is None:
        return held.path.read_bytes()
    from kg.atomic import atomic_path

    with atomic_path(dest) as tmp:
        shutil.copyfile(held.path, tmp)
    return None


def _view_exporter(name: str, fmt: str, suffix: str, description: str) -> None:
    def exporter(dataset, dest: Path | None = None, **options) -> bytes | None:
        if fmt == "TURTLE" and _has_view(dataset):
            return _emit(_default_turtle(dataset), dest)
        return _write(_view_items(dataset), fmt, dest, prefixes_for(dataset))

    exporter.__doc__ = description
    register(name, suffixes=(suffix,), description=description)(exporter)


# Data, not code: (format name, pyoxigraph format, file suffix, description).
for _args in (
    ("turtle", "TURTLE", ".ttl", "Turtle: the merged view (merged + rule-derived graphs)"),
    ("ntriples", "N_TRIPLES", ".nt", "N-Triples: the merged view, one triple per line"),
    ("rdfxml", "RDF_XML", ".rdf", "RDF/XML: the merged view"),
):
    _view_exporter(*_args)


@register("jsonld", suffixes=(".jsonld",))
def to_jsonld(dataset, dest: Path | None = None, **options) -> bytes | None:
    """JSON-LD: the merged view, compacted with ontology/context.jsonld."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.config import ONTOLOGY_DIR

    context = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text("utf-8"))["@context"]
    triples = _view_items(dataset)
    graph = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    text = graph.serialize(format="json-ld", context=context, auto_compact=True, sort_keys=True, indent=1)
    if dest is None:
        return text.encode("utf-8")
    from kg.atomic import write_text

    write_text(dest, text)
    return None
