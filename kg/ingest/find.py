"""Finding inputs: files, folders (walked in name order) and globs → paths, or problems naming what was left out.

A folder walk never reads kg's own build folders (they carry ``BUILD_MARKER``), hidden entries,
or files whose suffix no reader claims (a store's CURRENT, LOG...). Links to folders are followed
once: a link back into the walk is reported, not looped through. A sub-folder that cannot be
listed is reported by name.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.records import Problem

__all__ = ["BUILD_MARKER", "find_inputs", "missing_inputs", "is_pattern"]

BUILD_MARKER = ".kg-build"  # the file that marks a folder kg writes its builds into


def is_pattern(item: str | Path) -> bool:
    """True when ``item`` is a glob pattern rather than a path."""
    return any(ch in str(item) for ch in "*?[")


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _is_build(folder: Path) -> bool:
    try:
        return (folder / BUILD_MARKER).exists()
    except OSError:  # an unsearchable folder: listing it reports why
        return False


def _walk(folder: Path, suffixes: Iterable[str], ancestors: frozenset[str]) -> Iterator[Path | Problem]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield Problem(str(folder), f"cannot read folder: {_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            # Broken links and FIFOs are yielded too: read_articles reports them.
            if path.suffix.lower() in suffixes:
                yield path
            continue
        real = os.path.realpath(path)
        if real in ancestors:
            yield Problem(str(path), "link back into a folder being read; not followed", fatal=False)
        elif _is_build(path):
            yield Problem(str(path), "a kg build folder; not read as input", fatal=False)
        else:
            yield from _walk(path, suffixes, ancestors | {real})


def find_inputs(inputs: Iterable[str | Path], suffixes: Iterable[str]) -> Iterator[Path | Problem]:
    """Expand files, folders (recursively, the given ``suffixes`` only) and globs, in a stable order."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    wanted = frozenset(s for s in suffixes if s)
    for item in inputs:
        try:
            yield from _expand(item, wanted)
        except OSError as exc:
            yield Problem(str(item), f"cannot read: {_reason(exc)}")


def _expand(item: str | Path, wanted: frozenset[str]) -> Iterator[Path | Problem]:
    path = Path(item)
    if path.is_dir():
        if _is_build(path):
            yield Problem(str(path), "a kg build folder, not articles")
        else:
            yield from _walk(path, wanted, frozenset({os.path.realpath(path)}))
    elif path.exists() or path.is_symlink():
        yield path
    elif is_pattern(item):
        matches = sorted(Path(p) for p in glob.glob(str(item), recursive=True) if Path(p).is_file())
        yield from matches or [Problem(str(item), "no file matches this pattern")]
    else:
        yield Problem(str(item), "no such file or folder")


def missing_inputs(inputs: Iterable[str | Path]) -> list[Problem]:
    """The inputs that name nothing (a missing path, a pattern matching no file)."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    problems = []
    for item in inputs:
        path = Path(item)
        try:
            if path.exists() or path.is_symlink():
                continue
        except OSError:
            continue  # it is there, only unreadable: reading reports it
        if is_pattern(item):
            if not any(Path(p).is_file() for p in glob.iglob(str(item), recursive=True)):
                problems.append(Problem(str(item), "no file matches this pattern"))
        else:
            problems.append(Problem(str(item), "no such file or folder"))
    return problems
