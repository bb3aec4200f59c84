"""What several exporters read from one store, read once per state of the store.

A build writes a dozen formats from one store in a row; the HTML views and the Neo4j folder need
the same graph view, the two JSONL files the same article graphs, events.csv and events.jsonl
the same rows. ``shared(dataset, name, compute)`` computes a value once and hands it to every
exporter that asks while the store stays as it was. The state is the number of quads with the
build graph (``Store.refresh`` rewrites it: time and named counts), so a write in between, or a
refresh, makes the next exporter read the store again. Values live on the rdflib Dataset and go
with it; a bare pyoxigraph store or an rdflib Dataset in memory is read every time.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

__all__ = ["shared", "backing_store"]

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

    from kg.graph.store import graph_kinds

    build = graph_kinds(store)["build"]
    return (len(store), *(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) for g in build))


def shared(dataset, name: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, or what it gave for ``name`` on this dataset while the store was as it is now."""
    store = backing_store(dataset)
    if store is None or isinstance(dataset, type(store)):
        return compute()
    state = _state(store)
    key = id(dataset)
    known, values = _VALUES.get(key, (None, {}))
    if known != state:
        if key not in _VALUES:
            weakref.finalize(dataset, _VALUES.pop, key, None)
        values = {}
        _VALUES[key] = (state, values)
    if name not in values:
        values[name] = compute()
    return values[name]
