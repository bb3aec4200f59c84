"""Full garbage collections that pass over what a phase made, not over everything alive before it.

A full collection walks every object the collector tracks; with a spaCy model loaded that is millions,
about 0.1 s a pass, and the refresh and exports of a one-article change trigger several. Inside
:func:`settled` the objects alive on entry are set aside (``gc.freeze``): the collections still find
the cycles the phase makes, and those set aside return to the collector on leaving.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["settled"]


@contextmanager
def settled() -> Iterator[None]:
    """Leave the objects alive now out of the collections made inside the block (unless a caller already does)."""
    if gc.get_freeze_count():  # an outer block (or the program) set objects aside: its to undo
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
