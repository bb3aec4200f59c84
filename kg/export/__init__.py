"""One registry of exporters: ``export(dataset, fmt, dest=None)``.

An exporter is a function ``(dataset, dest: Path | None, **options) -> bytes | None`` registered
under a format name and the file suffixes it writes; built-ins register through the same
decorator a third party would use::

    @register("csv", suffixes=(".csv",))
    def to_csv(dataset, dest=None, **options): ...
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from kg.errors import ExportError

__all__ = ["register", "export", "formats", "format_for", "suffixes", "Exporter", "COMMON_FORMATS"]

Exporter = Callable[..., "bytes | None"]


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    func: Exporter
    suffixes: tuple[str, ...]
    description: str


_REGISTRY: dict[str, _Entry] = {}
# Modules whose import registers the built-in exporters (imported on first use: pyvis etc. are heavy).
_BUILTIN_MODULES: tuple[str, ...] = (
    "kg.export.rdf",
    "kg.export.jsonl",
    "kg.export.graphml",
    "kg.export.neo4j",
    "kg.export.events",
    "kg.export.parquet",
    "kg.export.html",
)
# What `kg build` writes unless told otherwise: (format, file name in OUTDIR).
COMMON_FORMATS: tuple[tuple[str, str], ...] = (
    ("turtle", "graph.ttl"),
    ("trig", "graph.trig"),
    ("nquads", "graph.nq"),
    ("relations", "relations.jsonl"),
    ("entities", "entities.jsonl"),
    ("events", "events.csv"),
    ("events-jsonl", "events.jsonl"),
    # events.parquet where pyarrow is installed (the `parquet` extra): a build never fails for want of it
    *((("events-parquet", "events.parquet"),) if find_spec("pyarrow") else ()),
    ("graphml", "graph.graphml"),
    ("gexf", "graph.gexf"),
    ("neo4j", "neo4j"),
    ("html", "html"),
)


def register(name: str, *, suffixes: tuple[str, ...] = (), description: str = ""):
    """Register an exporter under ``name`` (and file ``suffixes``); returns the function unchanged."""

    def decorate(func: Exporter) -> Exporter:
        _REGISTRY[name] = _Entry(name, func, suffixes, description or (func.__doc__ or "").strip().split("\n")[0])
        return func

    return decorate


def _load_builtins() -> None:
    for module in _BUILTIN_MODULES:
        importlib.import_module(module)


def formats() -> dict[str, str]:
    """Format name → one-line description, for ``--help`` and docs."""
    _load_builtins()
    return {name: entry.description for name, entry in sorted(_REGISTRY.items())}


def suffixes(fmt: str) -> tuple[str, ...]:
    """The file suffixes (or fixed file names) format ``fmt`` writes; empty for folder formats."""
    _load_builtins()
    if fmt not in _REGISTRY:
        raise ExportError(f"unknown format {fmt!r}; known: {', '.join(formats())}")
    return _REGISTRY[fmt].suffixes


def format_for(dest: str | Path) -> str:
    """The format whose suffix ``dest`` ends with (longest suffix wins: ``.nt`` vs ``.jsonld``)."""
    _load_builtins()
    name = str(dest).lower()
    matches = [(len(s), e.name) for e in _REGISTRY.values() for s in e.suffixes if name.endswith(s)]
    if not matches:
        raise ExportError(f"cannot tell the format of {dest!s}; give one of: {', '.join(formats())}")
    return max(matches)[1]


def export(dataset, fmt: str | None = None, dest: str | Path | None = None, **options) -> bytes | None:
    """Write ``dataset`` as ``fmt`` (guessed from ``dest``'s suffix when omitted); bytes when no ``dest``."""
    _load_builtins()
    if fmt is None:
        if dest is None:
            raise ExportError("give a format or a destination with a known suffix")
        fmt = format_for(dest)
    entry = _REGISTRY.get(fmt)
    if entry is None:
        raise ExportError(f"unknown format {fmt!r}; known: {', '.join(formats())}")
    return entry.func(dataset, Path(dest) if dest is not None else None, **options)
