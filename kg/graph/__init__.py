"""The graph: records → RDF, the on-disk store, merged and derived views, validation, statistics.

    Store(OUTDIR/"store")  one named graph per article + merged + derived + build metadata
    open_store(out)        the store of a build folder
    remove(article, out=)  retract one article and re-derive the views (``kg remove``)
    validate(out=)         SHACL check with ontology/shapes.ttl (``kg validate``)
    stats(out=)            counts, central actors, communities (``kg stats``)
    entity_graph(dataset)  the networkx view of entities and their relations
"""

from __future__ import annotations

from pathlib import Path

from kg.graph.iri import Iris
from kg.graph.store import Store, graph_kinds
from kg.graph.validate import ValidationReport, validate
from kg.graph.view import Stats, entity_graph, stats

__all__ = [
    "STORE_DIR",
    "Iris",
    "Stats",
    "Store",
    "ValidationReport",
    "entity_graph",
    "export_build",
    "graph_kinds",
    "open_store",
    "remove",
    "stats",
    "validate",
]

STORE_DIR = "store"


def open_store(out: str | Path, *, base_iri: str | None = None) -> Store:
    """The store of build folder ``out`` (``out/store``); the base IRI defaults to the stored one."""
    path = Path(out) / STORE_DIR
    if base_iri is None:
        from kg.config import Config

        base_iri = _stored_base(path) or Config().base_iri
    return Store(path, base_iri=base_iri)


def _stored_base(path: Path) -> str | None:
    """The base IRI a store was built with, read from its merged graph's IRI."""
    if not path.exists():
        return None
    import pyoxigraph as ox

    from kg.query import stored_base

    store = ox.Store.read_only(str(path))
    base = stored_base(store)
    del store
    return base


def remove(article: str, *, out: str | Path) -> bool:
    """Retract ``article`` (file name, path or IRI) from the build at ``out`` and rewrite its outputs."""
    from kg.export import COMMON_FORMATS, export
    from kg.heap import settled
    from kg.snapshot import publish

    with open_store(out) as store, settled():
        removed = store.remove(str(article))
        if removed:
            for fmt, name in COMMON_FORMATS:
                if (Path(out) / name).exists():
                    export(store.dataset, fmt, Path(out) / name)
            publish(out, store.snapshot)
    return removed


def export_build(*, out: str | Path, fmt: str, dest: str | Path | None = None) -> Path:
    """Write the build at ``out`` as ``fmt`` (``kg export``); default destination inside ``out``."""
    from kg.export import export
    from kg.pipeline import output_name

    target = Path(dest) if dest is not None else Path(out) / output_name(fmt)
    if not (Path(out) / STORE_DIR).exists():
        from kg.errors import KgError

        raise KgError(f"no kg build in {out} (run kg build first)")
    with open_store(out) as store:
        export(store.dataset, fmt, target)
    return target
