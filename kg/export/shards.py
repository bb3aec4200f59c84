"""N-Quads shards: the whole dataset as N files that a triplestore bulk-loads in parallel.

    write_shards(dataset, folder, shards)       → [folder/graph-0001-of-000N.nq, ...]
    export_shards(out=, shards=, dest=None)     → the same from a build folder (kg export --format nquads --shards N)

Every quad is in exactly one shard and the shards are of near-equal size: contiguous runs of the
store's own index order, streamed to disk (no shard is held in memory, unlike the sorted
``graph.nq``). The order is fixed by the data, so one graph always gives the same shards. kg's
data has no blank nodes, so shards load independently: ``oxigraph load --file`` with every
shard, or Virtuoso's ``ld_dir`` with several ``rdf_loader_run()`` at once (README, "Scaling out").
"""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from kg.errors import ExportError

__all__ = ["write_shards", "export_shards", "SHARDS_DIR", "shard_name"]

SHARDS_DIR = "shards"  # inside the build folder, by default
_FORMATS = ("nquads", "nq")
_SHARD = re.compile(r"^graph-\d+-of-\d+\.nq$")


def shard_name(index: int, shards: int) -> str:
    """File name of shard ``index`` (from 0) of ``shards``: ``graph-0001-of-0004.nq``."""
    width = max(4, len(str(shards)))
    return f"graph-{index + 1:0{width}d}-of-{shards:0{width}d}.nq"


def write_shards(dataset, folder: str | Path, shards: int) -> list[Path]:
    """Write every quad of ``dataset`` into ``shards`` N-Quads files in ``folder`` (earlier shards there are removed)."""
    import pyoxigraph as ox  # noqa: PLC0415

    from kg.atomic import atomic_path  # noqa: PLC0415
    from kg.graph.view import ox_store  # noqa: PLC0415

    if shards < 1:
        raise ExportError(f"--shards must be 1 or more, not {shards}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():  # a loader given folder/*.nq must not find last time's shards too
        if _SHARD.match(old.name):
            old.unlink()
    store = ox_store(dataset)
    size = -(-len(store) // shards)  # ceiling: the last shard is the smallest
    quads = store.quads_for_pattern(None, None, None, None)
    paths = []
    for index in range(shards):
        path = folder / shard_name(index, shards)
        with atomic_path(path) as tmp:
            ox.serialize(islice(quads, size), output=str(tmp), format=ox.RdfFormat.N_QUADS)
        paths.append(path)
    return paths


def export_shards(*, out: str | Path, shards: int, fmt: str = "nquads", dest: str | Path | None = None) -> list[Path]:
    """Write the build at ``out`` as ``shards`` N-Quads files into ``dest`` (default: ``out/shards``)."""
    from kg.graph import open_store  # noqa: PLC0415
    from kg.outdir import STORE_DIR  # noqa: PLC0415

    if fmt not in _FORMATS:
        raise ExportError(f"--shards writes N-Quads (--format nquads), not {fmt}")
    if not (Path(out) / STORE_DIR).exists():
        raise ExportError(f"no kg build in {out} (run kg build first)")
    with open_store(out) as store:
        return write_shards(store.dataset, Path(dest) if dest is not None else Path(out) / SHARDS_DIR, shards)
