"""Values an exporter computes per article graph, kept beside the store so that a build computes only the new ones.

An article graph's N-Quads are fixed by its content (kg.graph.graph_files), so a value that is a
function of one article graph alone (its relation rows, entity rows, mention counts, its TriG) is
a function of those bytes: :func:`per_article` computes it for a graph whose bytes it has not
seen, and reads it back for one it has. The parts live in ``<name>-<version>/<digest>.json``
inside the folder the dataset names (``kg_parts``: ``kg-parts`` in the store folder), written
atomically; the version hashes the source of the module that computes them (an edited exporter
does not read what its former code made) and the caller's ``key`` (what else a value depends on),
and a part whose graph is gone is removed once every graph was read. A dataset whose store keeps
no such folder (an rdflib Dataset in memory, a bare pyoxigraph store) computes every value each time.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["per_article"]


@cache
def _version(module: str) -> str:
    import kg

    digest = hashlib.sha256(getattr(kg, "__version__", "0").encode() + b"\0")
    digest.update(Path(sys.modules[module].__file__).read_bytes())
    return digest.hexdigest()[:12]


def per_article(dataset, name: str, compute: Callable[[Iterator], Any], *,
                key: str = "") -> Iterator[tuple[str, Any]]:
    """(article graph IRI, ``compute(quads of the graph)``, a JSON value) for every article graph, in the
    order of their IRIs; ``key`` names what else the values depend on (a part made under another is not read)."""
    import pyoxigraph as ox

    from kg.export._shared import quads_file
    from kg.graph.store import graph_kinds
    from kg.graph.view import ox_store

    graphs = sorted(graph_kinds(ox_store(dataset))["article"], key=str)
    if not graphs:
        return
    held = quads_file(dataset)  # each graph's quads in byte order, whether its part is kept or not
    root = getattr(dataset, "kg_parts", None)
    if root is None:
        yield from ((g.value, compute(held.quads(g.value))) for g in graphs)
        return
    version = hashlib.sha256(f"{_version(compute.__module__)}\0{key}".encode()).hexdigest()[:12]
    folder = Path(root) / f"{name}-{version}"
    kept = set()
    for g in graphs:
        data = held.data(g.value)
        path = folder / (hashlib.sha256(data).hexdigest()[:32] + ".json")
        kept.add(path.name)
        try:
            value = json.loads(path.read_bytes())
        except (OSError, ValueError):
            from kg.atomic import write_bytes

            value = compute(ox.parse(data, format=ox.RdfFormat.N_QUADS))
            write_bytes(path, json.dumps(value, ensure_ascii=False).encode("utf-8"))
        yield g.value, value
    _prune(Path(root), name, folder, kept)


def _prune(root: Path, name: str, folder: Path, kept: set[str]) -> None:
    """Remove the parts of graphs no longer stored, and the folders of parts of ``name`` but ``folder``
    (made by another version of its code)."""
    for path in folder.iterdir():
        if path.name not in kept:
            path.unlink(missing_ok=True)
    for other in root.iterdir():
        if other != folder and other.name.rsplit("-", 1)[0] == name and other.is_dir():
            for path in other.iterdir():
                path.unlink(missing_ok=True)
            other.rmdir()
