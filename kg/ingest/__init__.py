"""Ingestion: files, folders and globs of .txt, .html and .jsonl → Article records."""

from __future__ import annotations

import glob
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.clean import CleanText, clean_text
from kg.ingest.readers import READERS, reader
from kg.records import Article, Problem

__all__ = ["read_articles", "find_inputs", "clean_text", "CleanText", "reader", "READERS"]


def find_inputs(inputs: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """Expand files, folders (recursively, readable suffixes only) and globs, in a stable order."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS
                              and not p.name.startswith("."))
        elif path.exists() or path.is_symlink():
            yield path
        elif any(ch in str(item) for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(str(item), recursive=True) if Path(p).is_file())
            yield from matches or [Problem(str(item), "no file matches this pattern")]
        else:
            yield Problem(str(item), "no such file or folder")


def read_articles(
    inputs: Iterable[str | Path], *, max_bytes: int = 5_000_000, on_problem: Callable[[Problem], None] | None = None
) -> Iterator[Article]:
    """Yield an Article per readable input; report each unusable one through ``on_problem`` and go on."""
    report = on_problem or (lambda problem: None)
    for path in find_inputs(inputs):
        if isinstance(path, Problem):
            report(path)
            continue
        read = READERS.get(path.suffix.lower(), READERS[".txt"])
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(f"too large ({size:,} bytes > max_bytes {max_bytes:,})")
            data = path.read_bytes()
            yield from read(path, data, report)
        except InputError as exc:
            report(Problem(str(path), str(exc)))
        except OSError as exc:
            report(Problem(str(path), f"cannot read: {exc.strerror or exc}"))
