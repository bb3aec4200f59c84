"""A build folder holding only a store, for tests of ``kg serve`` that need no extraction."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kg.serve import oxigraph_program


def store_folder(folder: Path, triples: int) -> Path:
    """``folder`` with a store of ``triples`` triples in its default graph (skips without the server program)."""
    import pyoxigraph as ox

    try:
        oxigraph_program()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"the oxigraph server program is not installed: {exc}")
    store = ox.Store(str(folder / "store"))
    store.extend(ox.Quad(ox.NamedNode(f"urn:s{n}"), ox.NamedNode("urn:p"), ox.Literal(str(n)), ox.DefaultGraph())
                 for n in range(triples))
    store.flush()
    del store
    gc.collect()  # releases the store's lock for the server
    return folder
