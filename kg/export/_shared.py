"""What several exporters read from one store, read once per state of the store.

A build writes a dozen formats from one store in a row; the HTML views and the Neo4j folder need
the same graph view, the two JSONL files the same article graphs, events.csv, events.jsonl and the
graph view the same merged graph, graph.ttl and graph.trig the same default graph. ``shared(dataset,
name, compute)`` computes a value once and hands it to every exporter that asks while the store
stays as it was. The state is what kg's writers change, read in milliseconds (counting the quads
takes a scan of the store, and so would reading the whole build graph, which lists thousands of rows
for the saved queries): the named graphs (an article added or removed), each article's sha256 (an
article replaced: ``Store.add``), the build node (time and named counts, which every
``Store.refresh`` writes again) and the number of changes a ``Store`` made through the dataset
(``kg_changes``, which tells apart two states those leave alike: an article replaced by another
extraction of the same text, a refresh within the same second). A quad edited by hand below that
level is not seen: export from a fresh Dataset after one. Values live on the rdflib Dataset and go
with it; a bare pyoxigraph store or an rdflib Dataset in memory is read every time.
"""

from __future__ import annotations

import io
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["shared", "backing_store", "QuadsFile", "quads_file", "graph_reader", "graph_quads", "merged_nodes"]

# id(dataset) -> (state, {name: value}); by identity: rdflib Datasets compare equal by their graph name
_VALUES: dict[int, tuple[tuple, dict[str, Any]]] = {}


def backing_store(dataset):
    """The pyoxigraph store an rdflib Dataset lives on (or ``dataset`` itself), else None."""
    import pyoxigraph as ox

    if isinstance(dataset, ox.Store):
        return dataset
    inner = getattr(getattr(dataset, "store", None), "_inner", None)
    return inner if isinstance(inner, ox.Store) else None


def _state(store) -> tuple:
    import pyoxigraph as ox

    from kg.graph.namespace import KG
    from kg.graph.store import graph_kinds

    graphs = frozenset(str(g) for g in store.named_graphs())
    hashes = frozenset(str(q) for q in store.quads_for_pattern(None, ox.NamedNode(str(KG.sha256)), None, None))
    return graphs, hashes, tuple(_build_node(store, g) for g in graph_kinds(store)["build"])


def _build_node(store, g) -> frozenset[str]:
    """The quads of build graph ``g`` about itself and its build node (``kg:Build``)."""
    import pyoxigraph as ox

    from kg.graph.namespace import KG

    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    nodes = [g, *(q.subject for q in store.quads_for_pattern(None, rdf_type, ox.NamedNode(str(KG.Build)), g))]
    return frozenset(str(q) for s in nodes for q in store.quads_for_pattern(s, None, None, g))


def _values(dataset) -> dict[str, Any] | None:
    """The values shared on ``dataset`` for the store's present state; None when it shares none."""
    store = backing_store(dataset)
    if store is None or isinstance(dataset, type(store)):
        return None
    state = (_state(store), getattr(dataset, "kg_changes", None))
    key = id(dataset)
    known, values = _VALUES.get(key, (None, {}))
    if known != state:
        if key not in _VALUES:
            weakref.finalize(dataset, _VALUES.pop, key, None)
        values = {}
        _VALUES[key] = (state, values)
    return values


def shared(dataset, name: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, or what it gave for ``name`` on this dataset while the store was as it is now."""
    values = _values(dataset)
    if values is None:
        return compute()
    if name not in values:
        values[name] = compute()
    return values[name]


@dataclass(frozen=True)
class QuadsFile:
    """Every quad of a store as N-Quads in a scratch file, with the byte range of each graph.

    Graphs follow each other whole: the default graph first, then the named graphs by IRI; within
    a graph, the lines in byte order (a subject's triples together). The file goes with the object.
    """

    folder: Any  # the TemporaryDirectory holding the file
    path: Path
    spans: dict[str, tuple[int, int]]  # graph IRI ("" for the default graph) -> (start, end) in bytes

    def data(self, graph: str) -> bytes:
        """The N-Quads of one graph, as bytes."""
        start, end = self.spans.get(graph, (0, 0))
        with self.path.open("rb") as f:
            f.seek(start)
            return f.read(max(end - start, 0))

    def quads(self, graph: str) -> Iterator:
        """The quads of one graph, parsed from its range of the file."""
        import pyoxigraph as ox

        start, end = self.spans.get(graph, (0, 0))
        if end <= start:
            return
        with self.path.open("rb") as f:
            f.seek(start)
            yield from ox.parse(_Range(f, end - start), format=ox.RdfFormat.N_QUADS)


class _Range(io.RawIOBase):
    """The next ``size`` bytes of a binary file, streamed (a graph is never held whole in memory)."""

    def __init__(self, f, size: int) -> None:
        self._f, self._left = f, size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._f.read(min(len(buffer), self._left))
        self._left -= len(data)
        buffer[: len(data)] = data
        return len(data)


def quads_file(dataset) -> QuadsFile:
    """The dataset's quads in a scratch N-Quads file: one reading of the store per state for every exporter.

    A graph whose N-Quads the store's writer kept (kg.graph.graph_files) is copied from its file,
    any other is read from the store: the same bytes either way."""
    import tempfile

    import pyoxigraph as ox

    from kg.graph.graph_files import graph_nquads
    from kg.graph.view import ox_store

    def write() -> QuadsFile:
        folder = tempfile.TemporaryDirectory(prefix="kg-export-")
        path = Path(folder.name) / "graph.nq"
        store = ox_store(dataset)
        files = getattr(dataset, "kg_graph_files", None)
        spans = {}
        with path.open("wb") as f:
            for g in [ox.DefaultGraph(), *sorted(store.named_graphs(), key=str)]:
                data = files.read(g) if files is not None else None
                start = f.tell()
                f.write(graph_nquads(store, g) if data is None else data)
                spans[getattr(g, "value", "")] = (start, f.tell())
        return QuadsFile(folder, path, spans)

    return shared(dataset, "quads file", write)


def graph_reader(dataset) -> Callable[[Any], Iterator]:
    """A function giving the quads of one graph (a pyoxigraph graph name; None: every graph): from the
    scratch quads file when an exporter already wrote it for this state (parsing it is many times
    quicker than reading the store), else from the store."""
    from kg.graph.view import ox_store

    values = _values(dataset)
    held = values.get("quads file") if values is not None else None
    if held is None:
        store = ox_store(dataset)
        return lambda g: store.quads_for_pattern(None, None, None, g)

    def quads(g) -> Iterator:
        for name in list(held.spans) if g is None else [getattr(g, "value", "")]:
            yield from held.quads(name)

    return quads


def graph_quads(dataset, graphs: Iterable) -> Iterator:
    """The quads of ``graphs``, one after the other (see :func:`graph_reader`)."""
    read = graph_reader(dataset)
    for g in graphs:
        yield from read(g)


def merged_nodes(dataset) -> dict[str, dict[str, list]]:
    """{subject: {predicate: [objects, as pyoxigraph terms, each once, in the order read]}} of the merged graph
    (of every graph when there is none), read once per state for the event table and the graph view."""
    from kg.graph.store import graph_kinds
    from kg.graph.view import ox_store

    def read() -> dict[str, dict[str, list]]:
        subjects: dict = defaultdict(lambda: defaultdict(list))
        for q in graph_quads(dataset, graph_kinds(ox_store(dataset))["merged"] or [None]):
            values = subjects[q.subject.value][q.predicate.value]
            if q.object not in values:
                values.append(q.object)
        return subjects

    return shared(dataset, "merged nodes", read)
