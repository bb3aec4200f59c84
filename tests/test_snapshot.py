"""Readers see the last complete build: kg query, kg serve and kg.open read the snapshot a finished build
published, never the store a build is changing (real store and exports; extraction stands in for the model)."""

from __future__ import annotations

import http.client
import os
import socket
import sys
import urllib.parse
from pathlib import Path

import pytest

from kg.config import Config
from kg.errors import KgError
from kg.graph.store import Store, graph_kinds
from kg.pipeline import build
from kg.query import open_graph, query
from kg.snapshot import SNAPSHOT_DIR, published, reading_location
from tests.fakes import STORY, fake_extract, fake_module

ARTICLES = ("PREFIX kg: <https://kg.example.org/ontology#> "
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a kg:ArticleGraph } }")
FORMATS = ["nquads", "events"]


@pytest.fixture
def fake_extraction(monkeypatch):
    """Extraction without the model; the store, the merge and the exports are kg's own."""
    monkeypatch.setitem(sys.modules, "kg.extract", fake_module("kg.extract", extract=fake_extract))


def _build(folder: Path, out: Path):
    return build([folder], out=out, formats=FORMATS, progress=False, config=Config(jobs=1))


def _articles(out: Path) -> int:
    return int(query(ARTICLES, out=out).rows[0][0].value)


def _count(store) -> int:
    return int(next(iter(store.query(ARTICLES)))["n"].value)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _served(port: int) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", "/query?" + urllib.parse.urlencode({"query": ARTICLES}),
                           headers={"Accept": "text/csv"})
        reply = connection.getresponse()
        assert reply.status == 200
        return int(reply.read().decode().split()[1])
    finally:
        connection.close()


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Oslo talks\n\n" + STORY, "utf-8")
    return folder


def test_during_a_folders_first_build_readers_see_an_empty_snapshot_not_the_store_being_written(
        corpus, tmp_path, fake_extraction, monkeypatch):
    out = tmp_path / "out"
    seen: dict[str, object] = {}
    refresh = Store.refresh

    def refresh_then_read(store: Store) -> None:
        refresh(store)  # the store holds the article and its views: not yet published
        seen.update(location=reading_location(out), articles=_articles(out))

    monkeypatch.setattr(Store, "refresh", refresh_then_read)
    _build(corpus, out)
    assert seen["location"] != out / "store" and seen["articles"] == 0
    assert _articles(out) == 1 and published(out) != seen["location"]  # the finished build replaced it


def test_readers_see_the_first_build_while_the_second_changes_the_store_then_the_second(
        corpus, tmp_path, fake_extraction, monkeypatch):
    from kg.serve import start

    out = tmp_path / "out"
    _build(corpus, out)
    first = published(out)
    assert first is not None and reading_location(out) == first and _articles(out) == 1
    (corpus / "b.txt").write_text("Moscow talks\n\n" + STORY.replace("Monday", "Tuesday"), "utf-8")
    opened_before = open_graph(out)  # a reader holding the first build open across the second
    seen_during: dict[str, int] = {}
    refresh = Store.refresh

    def refresh_then_read(store: Store) -> None:
        refresh(store)  # the store now holds the second build's rows: not yet published
        assert len(graph_kinds(store.ox)["article"]) == 2
        seen_during.update(query=_articles(out), opened_before=_count(opened_before), served=_served(port),
                           opened_now=_count(open_graph(out)))

    monkeypatch.setattr(Store, "refresh", refresh_then_read)
    port = _free_port()
    try:
        with start(out=out, port=port, timeout=10):  # kg serve, started before the second build
            assert _served(port) == 1
            _build(corpus, out)
            assert seen_during == {"query": 1, "opened_before": 1, "served": 1, "opened_now": 1}
            assert published(out) != first and not first.exists()  # switched, the old snapshot removed...
            assert _served(port) == 1  # ...under the server, which still answers from it
    except KgError as exc:
        if "not installed" not in str(exc):
            raise
        pytest.skip(str(exc))
    assert _count(opened_before) == 1 and len(list(opened_before)) > 0  # every file of it still readable
    assert _articles(out) == 2 and _count(open_graph(out)) == 2  # readers opening now see the second build


def test_a_build_that_fails_before_publishing_leaves_readers_on_the_previous_one(corpus, tmp_path, fake_extraction,
                                                                              monkeypatch):
    out = tmp_path / "out"
    _build(corpus, out)
    first = published(out)
    (corpus / "b.txt").write_text("Moscow talks\n\n" + STORY, "utf-8")

    def killed(out, checkpoint):
        checkpoint(out / SNAPSHOT_DIR / "99")  # a snapshot made, but never published
        raise KeyboardInterrupt

    monkeypatch.setattr("kg.snapshot.publish", killed)
    with pytest.raises(KeyboardInterrupt):
        _build(corpus, out)
    assert published(out) == first and _articles(out) == 1
    monkeypatch.undo()
    monkeypatch.setitem(sys.modules, "kg.extract", fake_module("kg.extract", extract=fake_extract))
    _build(corpus, out)
    assert _articles(out) == 2
    assert sorted(p.name for p in (out / SNAPSHOT_DIR).iterdir()) == [published(out).name, "published"]


def test_snapshots_share_the_stores_files(corpus, tmp_path, fake_extraction):
    out = tmp_path / "out"
    _build(corpus, out)
    snapshot = published(out)
    tables = sorted(p.name for p in snapshot.iterdir() if p.suffix == ".sst")
    assert tables and all(os.path.samefile(snapshot / name, out / "store" / name) for name in tables)


def test_a_folder_without_snapshots_is_read_from_its_store(tmp_path):
    from tests.graph.conftest import make_extractions

    with Store(tmp_path / "store") as store:  # a build folder of a kg that published no snapshot
        for extraction in make_extractions():
            store.add(extraction)
        store.refresh()
    assert published(tmp_path) is None and reading_location(tmp_path) == tmp_path / "store"
    assert _articles(tmp_path) == 3


def test_remove_publishes_what_it_leaves(corpus, tmp_path, fake_extraction):
    from kg.graph import remove

    out = tmp_path / "out"
    (corpus / "b.txt").write_text("Moscow talks\n\n" + STORY, "utf-8")
    _build(corpus, out)
    assert _articles(out) == 2
    assert remove("b.txt", out=out)
    assert _articles(out) == 1
