"""What readers open: a read-only snapshot of the store, published once a build is complete.

    OUTDIR/snapshots/N/          a checkpoint of OUTDIR/store (hard links to its immutable files)
    OUTDIR/snapshots/published   the N readers open, replaced by a rename: it always names a whole snapshot

A build changes OUTDIR/store in place. ``kg query``, ``kg serve``, ``kg stats``, ``kg validate`` and
``kg.open`` read the published snapshot instead, so they see the last complete build until the next
one is complete, and nothing of a build killed before it published; a folder's first build publishes
the store as it finds it (empty) before it writes, so that no reader opens a store being written
(whose engine may compact away a file the reader is opening). ``publish`` makes the new
snapshot, switches the pointer to it, then removes the older ones (and any a killed publish left):
a reader holding one open keeps reading it, since the store engine opens every file of a store
when it opens it and Linux keeps an open file's data until it is closed; a reader that opens one
just as it goes re-reads the pointer. A build folder made before snapshots has none: readers open
the store itself, as they did.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from kg.atomic import write_text

__all__ = ["SNAPSHOT_DIR", "publish", "published", "reading_location", "open_for_reading"]

SNAPSHOT_DIR = "snapshots"
_POINTER = "published"
_NAME = re.compile(r"[0-9]{1,18}")  # the only folders publish makes, and so the only ones it removes
_OPEN_TRIES = 3


def _numbers(folder: Path) -> list[int]:
    return sorted(int(p.name) for p in folder.iterdir() if p.is_dir() and _NAME.fullmatch(p.name)) \
        if folder.is_dir() else []


def published(out: str | Path) -> Path | None:
    """The folder of the snapshot published in the build folder ``out``, or None."""
    folder = Path(out) / SNAPSHOT_DIR
    try:
        name = (folder / _POINTER).read_text("utf-8").strip()
    except OSError:
        return None
    return folder / name if _NAME.fullmatch(name) and (folder / name).is_dir() else None


def reading_location(out: str | Path) -> Path:
    """The store readers of ``out`` open: the published snapshot, else (an older build folder) the store."""
    from kg.outdir import STORE_DIR  # noqa: PLC0415

    return published(out) or Path(out) / STORE_DIR


def publish(out: str | Path, checkpoint: Callable[[Path], None]) -> Path:
    """Make a snapshot with ``checkpoint(folder)`` (``Store.snapshot``), switch readers to it, remove the older ones."""
    folder = Path(out) / SNAPSHOT_DIR
    current = published(out)
    for number in _numbers(folder):  # half-made by a killed publish: never published, never open
        if folder / str(number) != current:
            shutil.rmtree(folder / str(number))
    folder.mkdir(exist_ok=True)
    target = folder / str(max(_numbers(folder), default=0) + 1)
    checkpoint(target)
    os.sync()  # the snapshot is on disk before the pointer names it
    write_text(folder / _POINTER, target.name + "\n")
    if current is not None:
        shutil.rmtree(current)
    return target


def open_for_reading(out: str | Path):
    """A read-only pyoxigraph Store on :func:`reading_location`; raises OSError when it cannot be opened."""
    import pyoxigraph as ox  # noqa: PLC0415

    location = reading_location(out)
    for _ in range(_OPEN_TRIES):
        try:
            return ox.Store.read_only(str(location))
        except (OSError, RuntimeError):  # RuntimeError: a file the store lists is gone (being removed)
            again = reading_location(out)
            if again == location:  # not a snapshot removed while it was being opened
                raise
            location = again
    return ox.Store.read_only(str(location))
