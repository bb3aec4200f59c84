"""Each graph of the store as N-Quads, kept beside the store by its writer, so exports need not read it back.

Reading an on-disk store costs about 10 µs a quad (every term is looked up in its string table),
several times what parsing the same quads from N-Quads costs; a build that changed one article
would read the whole store again to rewrite ``graph.nq``. So the writer (kg.graph.store.Store),
which holds every quad it writes, also writes each graph's N-Quads into ``store/kg-graphs/``:

    article graphs        by ``Store.add`` (removed by ``Store.remove``)
    merged, derived and   by ``Store.refresh``: written whole after a full refresh, patched with the
    default graph         triples an incremental refresh removed and added

A file holds one graph's lines in byte order (the content alone fixes them). It exists only while
it equals its graph: it is removed before the graph changes and written after, and the view graphs'
files are set aside at the first change after a refresh (their graphs are then behind the articles)
until the refresh that brings the views up to date patches them; a process killed in between leaves
no file for that graph, and its readers read the graph from the store instead
(:func:`graph_nquads`, the same bytes). Only kg's writers keep the files: a quad written into the
store by other means (SPARQL UPDATE, ``Store.ox`` directly) is not seen by them.
"""

from __future__ import annotations

import hashlib
import heapq
from bisect import bisect_left
from collections.abc import Iterable
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox

__all__ = ["GraphFiles", "nquads_lines", "sorted_nquads", "graph_nquads"]

FOLDER = "kg-graphs"
_PENDING = ".pending"
_FEW = 64  # a patch of fewer lines than 1/_FEW of the graph edits the kept lines in place (each edit moves the rest)


def nquads_lines(quads: Iterable[ox.Quad]) -> list[bytes]:
    """The N-Quads lines of ``quads`` (each ending with a newline), as pyoxigraph writes them."""
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)


def sorted_nquads(lines: Iterable[bytes]) -> bytes:
    """Lines in byte order, each once."""
    return b"".join(sorted(set(lines)))


def graph_nquads(store: ox.Store, graph) -> bytes:
    """One graph of ``store`` as N-Quads, its lines in byte order: what its file in ``kg-graphs`` holds."""
    return sorted_nquads(nquads_lines(store.quads_for_pattern(None, None, None, graph)))


class GraphFiles:
    """The N-Quads files of a store's graphs, in ``folder``."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def path(self, graph, *, pending: bool = False) -> Path:
        name = "" if isinstance(graph, ox.DefaultGraph) else graph.value
        return self.folder / (hashlib.sha256(name.encode("utf-8")).hexdigest()[:32] + (_PENDING if pending else ".nq"))

    def read(self, graph) -> bytes | None:
        """The graph's N-Quads, or None when no file vouches for it."""
        try:
            return self.path(graph).read_bytes()
        except OSError:
            return None

    def write(self, graph, data: bytes) -> None:
        """Record ``data`` (lines in byte order) as the graph's N-Quads, atomically."""
        from kg.atomic import write_bytes

        self.folder.mkdir(parents=True, exist_ok=True)
        write_bytes(self.path(graph), data)

    def write_quads(self, graph, quads: Iterable[ox.Quad]) -> None:
        self.write(graph, sorted_nquads(nquads_lines(quads)))

    def drop(self, graph) -> None:
        """Forget the graph's file: call before its graph changes."""
        self.path(graph).unlink(missing_ok=True)
        self.path(graph, pending=True).unlink(missing_ok=True)

    def set_aside(self, graph) -> None:
        """The graph is about to fall behind: its file is kept for :meth:`patch`, no longer read as current."""
        current, pending = self.path(graph), self.path(graph, pending=True)
        if current.exists():
            current.replace(pending)

    def patch(self, graph, removed: Iterable[ox.Quad], added: Iterable[ox.Quad]) -> None:
        """Write the graph's file from the one set aside, less ``removed`` plus ``added``; none when none was set aside."""
        pending = self.path(graph, pending=True)
        try:
            lines = pending.read_bytes().splitlines(keepends=True)  # in byte order, each once
        except OSError:
            return
        gone, came = set(nquads_lines(removed)), sorted(set(nquads_lines(added)))
        self.write(graph, b"".join(_patched(lines, gone, came)))
        pending.unlink(missing_ok=True)


def _patched(lines: list[bytes], gone: set[bytes], came: list[bytes]) -> list[bytes]:
    """Lines in byte order, each once, less ``gone`` plus ``came`` (in byte order): no sort of the whole graph."""
    if (len(gone) + len(came)) * _FEW >= len(lines):  # many: one pass, the added merged into the kept
        kept = (line for line in lines if line not in gone)
        return [line for line, _ in groupby(heapq.merge(kept, came))]
    for line in gone:  # few: each found by bisection, the list edited in place
        at = bisect_left(lines, line)
        if at < len(lines) and lines[at] == line:
            del lines[at]
    for line in came:
        at = bisect_left(lines, line)
        if at == len(lines) or lines[at] != line:
            lines.insert(at, line)
    return lines
