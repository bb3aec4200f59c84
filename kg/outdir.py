"""The build folder: kg writes only where it may, and knows whether the last build finished.

    OUTDIR/.kg-build   {"kg": "build folder", "state": "building" | "complete", "extractor": FINGERPRINT}

``claim`` refuses a folder that holds files kg would overwrite without having written them (a
folder it made, one carrying the marker, or a build of an older kg with its ``store/`` are
kg's), marks the build as running and says whether the previous one completed; ``finish`` marks
it complete once the store and every export are written and the store's snapshot is published
for readers (kg.snapshot). A build killed in between leaves
"building", so the next one re-derives the merged graph and rewrites every export. The extractor's
fingerprint (kg.config.extractor_fingerprint) is recorded when a build completes: stored extractions made
by another version of the extraction code, lexicons or model are stale (``stored_extractor``).
``check_inputs`` refuses an output folder inside the inputs or holding them.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from pathlib import Path

from kg.atomic import write_text
from kg.errors import ConfigError, InputError
from kg.ingest import BUILD_MARKER, missing_inputs
from kg.ingest.find import is_pattern
from kg.snapshot import SNAPSHOT_DIR

__all__ = ["BUILD_MARKER", "check_inputs", "claim", "finish", "sweep", "last_build_complete", "stored_extractor"]

_KIND = "build folder"
# Temporary files of kg.atomic (".NAME.XXXXXXXX.tmp") left by a build that was killed.
_LEFTOVER = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
STORE_DIR = "store"


def _real(path: str | Path) -> Path:
    return Path(os.path.realpath(path))


def _base(item: str | Path) -> Path:
    """The folder a glob pattern searches (its parts before the first wildcard)."""
    parts = Path(item).parts
    fixed = [part for part in parts[: next(i for i, p in enumerate(parts) if is_pattern(p))]]
    return Path(*fixed) if fixed else Path(".")


def check_inputs(inputs: list[str | Path], out: str | Path) -> None:
    """Refuse inputs that name nothing at all, and an output folder inside the inputs or holding them."""
    missing = missing_inputs(inputs)
    if inputs and len(missing) == len(inputs):
        raise InputError("; ".join(f"{p.path}: {p.message}" for p in missing))
    target = _real(out)
    for item in inputs:
        recursive = is_pattern(item) and "**" in str(item)
        if is_pattern(item) and not recursive:
            continue  # matches files of one folder level: the marker keeps builds out
        source = _real(_base(item) if recursive else item)
        if recursive and (source == target or target in source.parents or source in target.parents):
            raise ConfigError(f"the pattern {item} reaches into the output folder {out}; choose another -o")
        if source == target:
            raise ConfigError(f"the output folder {out} is the input {item}; choose another -o")
        if target in source.parents:
            raise ConfigError(f"input {item} is inside the output folder {out}; choose another -o")
        if source.is_dir() and source in target.parents:
            raise ConfigError(f"the output folder {out} is inside the input {item}; choose an -o outside it")


def _marker(out: Path) -> dict:
    try:
        data = json.loads((out / BUILD_MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _state(out: Path) -> str | None:
    return _marker(out).get("state")


def last_build_complete(out: str | Path) -> bool:
    """True when the build folder ``out`` holds a build that finished."""
    return _state(Path(out)) == "complete"


def stored_extractor(out: str | Path) -> str | None:
    """The fingerprint of the extractor that made the extractions stored in ``out`` (None: unknown)."""
    return _marker(Path(out)).get("extractor")


def _mark(out: Path, state: str, extractor: str | None) -> None:
    data = {"kg": _KIND, "state": state} | ({"extractor": extractor} if extractor else {})
    write_text(out / BUILD_MARKER, json.dumps(data) + "\n")


def claim(out: str | Path, names: Iterable[str]) -> bool:
    """Make ``out`` kg's build folder (creating it, or refusing it); True if the last build there completed."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"{out} is not a folder")
    if not (out / BUILD_MARKER).exists() and not (out / STORE_DIR / "CURRENT").exists() and out.is_dir():
        taken = sorted(name for name in {STORE_DIR, SNAPSHOT_DIR, *names}
                       if (out / name).exists() or (out / name).is_symlink())
        if taken:
            raise ConfigError(f"{out} holds {', '.join(taken)}, not written by kg; choose an empty or new folder")
    complete = _state(out) == "complete"
    out.mkdir(parents=True, exist_ok=True)
    _mark(out, "building", stored_extractor(out))  # (the stored extractions stay what they were)
    return complete


def finish(out: str | Path, extractor: str | None = None) -> None:
    """Mark the build in ``out`` complete, after what it wrote is on disk, made by ``extractor``."""
    os.sync()
    _mark(Path(out), "complete", extractor)


def sweep(out: str | Path) -> list[Path]:
    """Remove the temporary files a killed build left in ``out`` (never inside the store or a snapshot of it)."""
    removed = []
    for folder, dirs, files in os.walk(out):
        if Path(folder) == Path(out):
            dirs[:] = [d for d in dirs if d != STORE_DIR]
        elif Path(folder) == Path(out) / SNAPSHOT_DIR:
            dirs[:] = []  # (kg.snapshot.publish removes the snapshots it left)
        for name in files:
            if _LEFTOVER.match(name):
                path = Path(folder) / name
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed
