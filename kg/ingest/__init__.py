"""Ingestion: files, folders and globs of .txt, .html and .jsonl → Article records."""

from __future__ import annotations

import glob
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.clean import CleanText, clean_text
from kg.ingest.readers import MANY_PER_FILE, READERS, reader
from kg.records import Article, Problem

__all__ = ["read_articles", "find_inputs", "clean_text", "CleanText", "reader", "READERS"]


def _in_folder(folder: Path) -> Iterator[Path]:
    # Broken links and FIFOs are yielded too: read_articles reports them; sub-folders are walked.
    for path in sorted(folder.rglob("*")):
        if not path.name.startswith(".") and path.suffix.lower() in READERS and not path.is_dir():
            yield path


def find_inputs(inputs: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """Expand files, folders (recursively, readable suffixes only) and globs, in a stable order."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from _in_folder(path)
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
    seen_paths: set[Path] = set()
    first_with_id: dict[str, Path] = {}
    for path in find_inputs(inputs):
        if isinstance(path, Problem):
            report(path)
            continue
        if path.resolve() in seen_paths:  # given twice (a folder and a file in it): read once
            continue
        seen_paths.add(path.resolve())
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
            yield from read(path, data, report, max_bytes=max_bytes)
        except InputError as exc:
            report(Problem(str(path), str(exc)))
        except OSError as exc:
            report(Problem(str(path), f"cannot read: {exc.strerror or exc}"))
