"""Exporters whose output is a folder: write into ``dest``, or return a zip archive when there is none."""

from __future__ import annotations

import io
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path


def folder_export(dest: Path | None, write: Callable[[Path], object]) -> bytes | None:
    """Call ``write(folder)`` on ``dest``; with no ``dest``, on a scratch folder returned as zip bytes."""
    if dest is not None:
        Path(dest).mkdir(parents=True, exist_ok=True)
        write(Path(dest))
        return None
    with tempfile.TemporaryDirectory(prefix="kg-export-") as tmp:
        write(Path(tmp))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(Path(tmp).rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(tmp).as_posix())
        return buffer.getvalue()
