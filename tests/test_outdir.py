"""The build folder: where kg may write, the marker, and the record of whether the last build finished."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.config import extractor_fingerprint
from kg.errors import ConfigError, ExportError, InputError
from kg.ingest import BUILD_MARKER
from kg.outdir import last_build_complete, sweep
from kg.pipeline import build
from tests.fakes import STORY, install_fakes


@pytest.fixture
def fakes(monkeypatch):
    return install_fakes(monkeypatch)


@pytest.fixture
def inputs(tmp_path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Oslo talks\n\n" + STORY, "utf-8")
    return tmp_path / "in"


def run(inputs, out, formats=("fake-json",)):
    return build([inputs], out=out, formats=list(formats), progress=False)


def test_a_new_folder_is_made_marked_and_recorded_complete(inputs, tmp_path, fakes):
    out = tmp_path / "out"
    run(inputs, out)
    marker = json.loads((out / BUILD_MARKER).read_text("utf-8"))
    assert marker == {"kg": "build folder", "state": "complete", "extractor": extractor_fingerprint("")}
    assert last_build_complete(out)


@pytest.mark.parametrize("where", ["in", "in/out", "in/deeper/out"])
def test_an_output_folder_inside_the_inputs_is_refused_before_anything_is_written(inputs, tmp_path, fakes, where):
    with pytest.raises(ConfigError, match="is (inside )?the input"):
        run(inputs, tmp_path / where)
    assert fakes == [] and not (tmp_path / "in" / BUILD_MARKER).exists() and not (tmp_path / "in" / "out").exists()


def test_inputs_inside_the_output_folder_are_refused(inputs, tmp_path, fakes):
    with pytest.raises(ConfigError, match="inside the output folder"):
        run(inputs / "a.txt", tmp_path)
    with pytest.raises(ConfigError, match="reaches into the output folder"):
        build([str(tmp_path / "**" / "*.txt")], out=tmp_path, formats=["fake-json"], progress=False)


def test_a_folder_holding_files_kg_would_overwrite_is_refused_and_left_alone(inputs, tmp_path, fakes):
    out = tmp_path / "mine"
    (out / "html" / "entity").mkdir(parents=True)
    (out / "html" / "entity" / "notes.html").write_text("the user's page", "utf-8")
    (out / "graph.fake.json").write_text("the user's data", "utf-8")
    with pytest.raises(ConfigError, match="not written by kg"):
        run(inputs, out, formats=("fake-json", "html"))
    assert sorted(p.name for p in out.rglob("*")) == ["entity", "graph.fake.json", "html", "notes.html"]
    assert (out / "graph.fake.json").read_text("utf-8") == "the user's data"


def test_a_folder_holding_a_snapshots_folder_kg_did_not_write_is_refused(inputs, tmp_path, fakes):
    out = tmp_path / "mine"
    (out / "snapshots").mkdir(parents=True)
    (out / "snapshots" / "holiday.jpg").write_bytes(b"the user's photo")
    with pytest.raises(ConfigError, match="snapshots, not written by kg"):
        run(inputs, out)
    assert sorted(p.name for p in out.rglob("*")) == ["holiday.jpg", "snapshots"]


def test_a_folder_with_unrelated_files_only_is_taken_and_they_stay(inputs, tmp_path, fakes):
    out = tmp_path / "out"
    out.mkdir()
    (out / "README.md").write_text("what output/ holds", "utf-8")
    run(inputs, out)
    assert (out / "README.md").read_text("utf-8") == "what output/ holds"
    assert (out / "graph.fake.json").exists() and (out / BUILD_MARKER).exists()


def test_only_missing_inputs_fail_before_anything_is_written(tmp_path, fakes):
    with pytest.raises(InputError, match="no such file or folder"):
        build([tmp_path / "missing-folder"], out=tmp_path / "out", progress=False)
    assert not (tmp_path / "out").exists()


def test_a_build_that_did_not_finish_is_redone_by_the_next_even_with_nothing_changed(inputs, tmp_path, fakes):
    out = tmp_path / "out"
    run(inputs, out)
    with pytest.raises(ExportError):  # killed while writing, as far as the folder can tell
        run(inputs, out, formats=("fake-json", "broken"))
    assert not last_build_complete(out)
    (out / "graph.fake.json").write_text("half written", "utf-8")
    report = run(inputs, out)
    assert report.articles_built == 0 and report.articles_unchanged == 1
    assert json.loads((out / "graph.fake.json").read_text("utf-8"))["refreshed"] == 1  # merged again, rewritten
    assert last_build_complete(out)


def test_sweep_removes_only_what_a_killed_write_left(tmp_path):
    (tmp_path / "html").mkdir()
    (tmp_path / "store").mkdir()
    (tmp_path / "snapshots" / "1").mkdir(parents=True)
    left = [tmp_path / ".graph.ttl.ab12cd_9.tmp", tmp_path / "html" / ".index.html.zz99zz99.tmp",
            tmp_path / "snapshots" / ".published.ab12cd34.tmp"]
    kept = [tmp_path / "notes.tmp", tmp_path / ".hidden", tmp_path / "store" / ".x.abcdefgh.tmp",
            tmp_path / "snapshots" / "1" / ".x.abcdefgh.tmp"]
    for path in left + kept:
        path.write_text("x", "utf-8")
    assert sorted(sweep(tmp_path)) == sorted(left)
    assert all(p.exists() for p in kept) and not any(p.exists() for p in left)
