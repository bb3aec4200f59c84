"""Stand-ins for extraction, the store and exporters, so orchestration is tested without the model."""

from __future__ import annotations

import importlib
import json
import sys
import types
from contextlib import contextmanager
from pathlib import Path

from kg import atomic
from kg.errors import ExportError
from kg.records import Entity, Extraction, Relation

STORY = "Minister Wang met Sergei Lavrov in Moscow on Monday to discuss trade and security.\n"


class FakeStore:
    """Keeps article hashes in a JSON file, like a store on disk would."""

    def __init__(self, path: Path, *, base_iri: str) -> None:
        self.path, self.base_iri = path / "hashes.json", base_iri
        path.mkdir(parents=True, exist_ok=True)
        self.hashes = json.loads(self.path.read_text()) if self.path.exists() else {}
        self.dataset = {"added": [], "refreshed": 0}

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.path.write_text(json.dumps(self.hashes))

    def article_hashes(self) -> dict[str, str]:
        return dict(self.hashes)

    @contextmanager
    def gathering(self):
        yield self

    def add(self, extraction: Extraction) -> None:
        self.hashes[extraction.article.id] = extraction.article.sha256
        self.dataset["added"].append(extraction.article.id)

    def refresh(self) -> None:
        self.dataset["refreshed"] += 1

    def snapshot(self, path: Path) -> None:
        path.mkdir()
        (path / "hashes.json").write_text(json.dumps(self.hashes))


def fake_extract(articles, *, config=None):
    for article in articles:
        people = (Entity("Wang Yi", "Person"), Entity("Sergei Lavrov", "Person"), Entity("Russia", "Country"))
        relation = Relation("Wang Yi", "Person", "meets", "Sergei Lavrov", "Person", article.body[:20], 0, 20)
        yield Extraction(article, entities=people, relations=(relation, relation))


def fake_json(dataset, dest=None, **options):
    data = json.dumps(dataset).encode()
    return data if dest is None else atomic.write_bytes(dest, data) and None


def fake_folder(dataset, dest=None, **options):
    atomic.write_text(dest / "index.html", "<html></html>")


def broken(dataset, dest=None, **options):
    raise ExportError("cannot write broken output")


def fake_module(name: str, **functions) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__dict__.update(functions)
    return module


def install_store(monkeypatch, open_store) -> None:
    monkeypatch.setitem(sys.modules, "kg.graph", fake_module("kg.graph", open_store=open_store))


def install_fakes(monkeypatch) -> list[str]:
    """Stand in for kg.extract and kg.graph (whole modules) and add test exporters to a copy of the
    registry, all undone after the test; returns the ids of the articles extract saw."""
    registry = importlib.import_module("kg.export")
    registry.formats()  # the built-ins first, so the copy holds them
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    registry.register("fake-json", suffixes=(".fake.json",), description="what the dataset saw")(fake_json)
    registry.register("fake-folder", description="a folder with an index page")(fake_folder)
    registry.register("broken", suffixes=(".broken",), description="fails")(broken)
    seen: list[str] = []

    def extract(articles, *, config=None):
        def spy():
            for article in articles:
                seen.append(article.id)
                yield article
        return fake_extract(spy(), config=config)

    monkeypatch.setitem(sys.modules, "kg.extract", fake_module("kg.extract", extract=extract))
    install_store(monkeypatch, lambda out, *, base_iri=None: FakeStore(Path(out) / "store", base_iri=base_iri))
    return seen
