"""Ingestion: files, folders and globs of .txt, .html and .jsonl → Article records."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.clean import CleanText, clean_text, xml_safe
from kg.ingest.find import BUILD_MARKER, find_inputs, missing_inputs
from kg.ingest.readers import BY_FILE, MANY_PER_FILE, READERS, reader
from kg.records import Article, Problem

__all__ = ["read_articles", "find_inputs", "missing_inputs", "clean_text", "xml_safe", "CleanText", "reader",
           "READERS", "BUILD_MARKER", "one_line"]


def one_line(message: str, limit: int = 300) -> str:
    """``message`` on one line, shortened to ``limit`` characters."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def read_articles(
    inputs: Iterable[str | Path], *, max_bytes: int = 5_000_000, on_problem: Callable[[Problem], None] | None = None,
    unchanged: Callable[[str, str], bool] | None = None,
) -> Iterator[Article]:
    """Yield an Article per readable input; report each unusable one through ``on_problem`` and go on.

    A file of one article named by the file (``reader(by_file=True)``: .txt, .html) for whose id and sha256
    ``unchanged(id, sha256)`` is true is neither yielded nor read further, when it is UTF-8 (reading it
    would warn of nothing)."""
    report = on_problem or (lambda problem: None)
    seen_paths: set[str] = set()
    first_with_id: dict[str, Path] = {}
    for path in find_inputs(inputs, READERS):
        if isinstance(path, Problem):
            report(path)
            continue
        real = os.path.realpath(path)  # unlike Path.resolve, never raises on a link loop
        if real in seen_paths:  # given twice (a folder and a file in it): read once
            continue
        seen_paths.add(real)
        # Article ids are file names: two inputs with one name would overwrite each other's graph.
        if path.name in first_with_id:
            report(Problem(str(path), f"same file name as {first_with_id[path.name]}; rename one of them"))
            continue
        first_with_id[path.name] = path
        suffix = path.suffix.lower()
        read = READERS.get(suffix, READERS[".txt"])
        try:
            if not path.is_file():
                raise InputError("not a regular file" if path.exists() else "not readable (broken link?)")
            size = path.stat().st_size
            if size > max_bytes and suffix not in MANY_PER_FILE:
                raise InputError(f"too large ({size:,} bytes > max_bytes {max_bytes:,})")
            data = path.read_bytes()
            if unchanged is not None and suffix in BY_FILE and _unchanged(path, data, unchanged):
                continue
            yield from read(path, data, report, max_bytes=max_bytes)
        except InputError as exc:
            report(Problem(str(path), str(exc)))
        except OSError as exc:
            report(Problem(str(path), f"cannot read: {exc.strerror or exc}"))
        except RecursionError:
            report(Problem(str(path), "cannot read: nested too deeply"))
        except Exception as exc:  # noqa: BLE001  (one bad input must not stop the others)
            report(Problem(str(path), one_line(f"cannot read: {type(exc).__name__}: {exc}")))


def _unchanged(path: Path, data: bytes, unchanged: Callable[[str, str], bool]) -> bool:
    """Whether ``unchanged`` accepts the article the file's bytes make, if they are UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return unchanged(xml_safe(path.name), hashlib.sha256(data).hexdigest())
