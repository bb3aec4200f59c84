"""build(): orchestration with small stand-ins for extraction, store and exporters (fast, no model).

The real components are exercised by tests/test_build.py (slow: spaCy model).
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from kg.config import Config, extractor_fingerprint
from kg.errors import ExportError
from kg.pipeline import build, output_name
from tests.fakes import STORY, FakeStore, install_fakes, install_store


@pytest.fixture
def fakes(monkeypatch):
    return install_fakes(monkeypatch)


def corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "good.txt").write_text("Oslo talks\n\n" + STORY, "utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin.txt").write_bytes(("Caf\u00e9 talks\n\n" + STORY.replace("Moscow", "S\u00e3o Paulo")).encode("latin-1"))
    return folder


def test_bad_inputs_are_reported_and_the_others_built(tmp_path, fakes):
    report = build([corpus(tmp_path / "in")], out=tmp_path / "out", formats=["fake-json"], progress=False)
    assert fakes == ["good.txt", "latin.txt"]
    assert (report.articles_read, report.articles_built, report.articles_unchanged) == (2, 2, 0)
    assert sorted(Path(p.path).name for p in report.skipped) == ["binary.txt", "empty.txt"]
    warnings = [p for p in report.problems if not p.fatal]
    assert [Path(p.path).name for p in warnings] == ["latin.txt"]
    assert report.entities == 3  # the same three in both articles, counted once
    assert report.relations == 4
    assert report.files == (tmp_path / "out" / "graph.fake.json",)
    assert json.loads(report.files[0].read_text()) == {"added": ["good.txt", "latin.txt"], "refreshed": 1}


def test_unchanged_articles_are_not_extracted_again(tmp_path, fakes):
    inputs, out = corpus(tmp_path / "in"), tmp_path / "out"
    first = build([inputs], out=out, formats=["fake-json"], progress=False).files[0].stat().st_mtime_ns
    fakes.clear()
    report = build([inputs], out=out, formats=["fake-json"], progress=False)
    assert fakes == []
    assert (report.articles_read, report.articles_built, report.articles_unchanged) == (2, 0, 2)
    assert report.relations == 0
    assert report.files[0].stat().st_mtime_ns == first  # nothing changed: the export is not rewritten
    report.files[0].unlink()
    report = build([inputs], out=out, formats=["fake-json"], progress=False)
    assert json.loads(report.files[0].read_text())["refreshed"] == 0  # a missing export is written again

    (inputs / "good.txt").write_text("Oslo talks\n\n" + STORY.replace("Monday", "Friday"), "utf-8")
    report = build([inputs], out=out, formats=["fake-json"], progress=False)
    assert fakes == ["good.txt"]
    assert (report.articles_built, report.articles_unchanged) == (1, 1)


def test_an_unchanged_utf8_input_is_not_read_past_its_bytes_and_the_warnings_stay(tmp_path, fakes, monkeypatch):
    import kg.ingest.readers

    inputs, out = corpus(tmp_path / "in"), tmp_path / "out"
    build([inputs], out=out, formats=["fake-json"], progress=False)
    cleaned = []
    clean = kg.ingest.readers.clean_text
    monkeypatch.setattr(kg.ingest.readers, "clean_text", lambda text: cleaned.append(text[:4]) or clean(text))
    report = build([inputs], out=out, formats=["fake-json"], progress=False)
    assert (report.articles_read, report.articles_built, report.articles_unchanged) == (2, 0, 2)
    assert cleaned == ["Caf\u00e9"]  # latin.txt is read again: its bytes are not UTF-8, which it warns of again
    assert [Path(p.path).name for p in report.problems if not p.fatal] == ["latin.txt"]
    assert sorted(Path(p.path).name for p in report.skipped) == ["binary.txt", "empty.txt"]


def test_a_new_extractor_extracts_every_article_again(tmp_path, fakes, monkeypatch):
    inputs, out = corpus(tmp_path / "in"), tmp_path / "out"
    build([inputs], out=out, formats=["fake-json"], progress=False)
    assert json.loads((out / ".kg-build").read_text())["extractor"] == extractor_fingerprint("")
    fakes.clear()
    # another kg version, lexicon or model: the stored extractions are stale, though the articles are not
    monkeypatch.setattr("kg.pipeline.extractor_fingerprint", lambda model="": "another extractor")
    report = build([inputs], out=out, formats=["fake-json"], progress=False)
    assert sorted(fakes) == ["good.txt", "latin.txt"]
    assert (report.articles_built, report.articles_unchanged) == (2, 0)
    fakes.clear()
    assert build([inputs], out=out, formats=["fake-json"], progress=False).articles_unchanged == 2


def test_html_entry_is_the_index_page_of_the_html_export(tmp_path, fakes, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, "utf-8")
    registry = importlib.import_module("kg.export")
    registry.register("html")(registry._REGISTRY["fake-folder"].func)  # into the fixture's copy
    monkeypatch.setattr(registry, "COMMON_FORMATS", (("fake-json", "data.json"), ("html", "views")))
    out = tmp_path / "out"
    report = build([tmp_path / "in"], out=out, progress=False)
    assert report.files == (out / "data.json", out / "views")
    assert report.html == out / "views" / "index.html"
    assert build([tmp_path / "in"], out=out, formats=["fake-json"], progress=False).html is None


def test_output_names(fakes):
    assert output_name("fake-json") == "graph.fake.json"
    assert output_name("fake-folder") == "fake-folder"
    with pytest.raises(ExportError):
        output_name("no-such-format")


def test_export_failure_is_an_error_and_earlier_files_stay(tmp_path, fakes):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, "utf-8")
    with pytest.raises(ExportError):
        build([tmp_path / "in"], out=tmp_path / "out", formats=["fake-json", "broken"], progress=False)
    assert (tmp_path / "out" / "graph.fake.json").exists()
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_progress_lines_only_when_asked(tmp_path, fakes, capsys):
    inputs = corpus(tmp_path / "in")
    build([inputs], out=tmp_path / "out1", formats=["fake-json"], progress=True)
    err = capsys.readouterr().err
    assert "good.txt" in err and "latin.txt" in err and "writing fake-json" in err
    build([inputs], out=tmp_path / "out2", formats=["fake-json"])  # stderr is not a terminal here
    assert capsys.readouterr().err == ""
    build([inputs], out=tmp_path / "out3", formats=["fake-json"], config=Config(progress=False), progress=None)
    assert capsys.readouterr().err == ""


def test_config_reaches_the_store_and_the_reader(tmp_path, fakes, monkeypatch):
    seen = {}
    install_store(monkeypatch, lambda out, *, base_iri=None: seen.setdefault("store", FakeStore(Path(out), base_iri=base_iri)))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY * 3, "utf-8")
    report = build([tmp_path / "in"], out=tmp_path / "out", formats=[], progress=False,
                   config=Config(base_iri="https://example.org/", max_bytes=10))
    assert seen["store"].base_iri == "https://example.org/"
    assert report.articles_read == 0 and "too large" in report.skipped[0].message


def test_unknown_format_fails_before_any_extraction(tmp_path, fakes):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, "utf-8")
    with pytest.raises(ExportError, match="no-such-format"):
        build([tmp_path / "in"], out=tmp_path / "out", formats=["fake-json", "no-such-format"], progress=False)
    assert fakes == []
