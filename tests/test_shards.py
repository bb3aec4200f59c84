"""N-Quads shards: every quad once, near-equal sizes, stable, and loadable in parallel by the Oxigraph CLI."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.errors import ExportError
from kg.export.shards import export_shards, shard_name, write_shards
from kg.graph.store import Store
from kg.serve import oxigraph_program

BASE = "https://kg.example.org/"


def quads(count: int = 1000) -> list[ox.Quad]:
    """Quads of several named graphs, with the literals N-Quads must escape."""
    made = []
    for i in range(count):
        graph = ox.NamedNode(f"{BASE}graph/article/a{i % 7}.txt")
        subject = ox.NamedNode(f"{BASE}entity/person/p{i % 50}")
        text = f"said \"no\"\n to {i} \u00e9\u4e2d" if i % 3 else f"{i}"
        obj = ox.Literal(text, language="en") if i % 5 == 0 else ox.Literal(text)
        made.append(ox.Quad(subject, ox.NamedNode(f"{BASE}ontology#p{i % 11}"), obj, graph))
    return made


def lines(paths) -> list[str]:
    return sorted(line for path in paths for line in Path(path).read_text("utf-8").splitlines())


def test_shards_hold_every_quad_once_in_near_equal_parts(tmp_path):
    store = ox.Store()
    store.extend(quads())
    paths = write_shards(store, tmp_path, 3)
    assert [p.name for p in paths] == ["graph-0001-of-0003.nq", "graph-0002-of-0003.nq", "graph-0003-of-0003.nq"]
    assert lines(paths) == sorted(ox.serialize(quads(), format=ox.RdfFormat.N_QUADS).decode().splitlines())
    assert [len(p.read_text("utf-8").splitlines()) for p in paths] == [334, 334, 332]
    again = write_shards(store, tmp_path / "again", 3)
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again]  # one graph, one set of shards


def test_a_new_export_removes_the_shards_of_the_last_one(tmp_path):
    store = ox.Store()
    store.extend(quads(10))
    write_shards(store, tmp_path, 4)
    (tmp_path / "notes.nq").write_text("not ours\n")
    paths = write_shards(store, tmp_path, 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph-0001-of-0002.nq", "graph-0002-of-0002.nq", "notes.nq"]
    assert len(lines(paths)) == 10


def test_more_shards_than_quads_and_bad_counts(tmp_path):
    store = ox.Store()
    store.extend(quads(2))
    paths = write_shards(store, tmp_path, 3)
    assert [len(p.read_text("utf-8").splitlines()) for p in paths] == [1, 1, 0]
    with pytest.raises(ExportError):
        write_shards(store, tmp_path, 0)
    assert shard_name(0, 12345) == "graph-00001-of-12345.nq"


@pytest.fixture
def build_folder(tmp_path) -> Path:
    out = tmp_path / "out"
    with Store(out / "store", base_iri=BASE) as store:
        store.ox.extend(quads())
    return out


def test_kg_export_shards_writes_into_the_build_folder(build_folder, capsys):
    assert main(["export", "--format", "nq", "--shards", "4", "-o", str(build_folder)]) == 0
    printed = capsys.readouterr().out.split()
    assert printed == [str(build_folder / "shards" / shard_name(i, 4)) for i in range(4)]
    assert len(lines(printed)) == 1000
    with pytest.raises(ExportError, match="N-Quads"):
        export_shards(out=build_folder, shards=2, fmt="turtle")
    with pytest.raises(ExportError, match="no kg build"):
        export_shards(out=build_folder / "nothing", shards=2)


@pytest.mark.integration
def test_the_oxigraph_cli_loads_the_shards_in_parallel(build_folder, tmp_path):
    paths = export_shards(out=build_folder, shards=3)
    db = tmp_path / "db"
    done = subprocess.run([oxigraph_program(), "load", "--location", str(db), "--file", *map(str, paths)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    loaded = ox.Store.read_only(str(db))
    assert len(loaded) == 1000
    assert set(loaded.quads_for_pattern(None, None, None, None)) == set(quads())
