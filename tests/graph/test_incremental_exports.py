"""Every export of a store changed article by article is the one a batch build of its final articles writes.

The incremental store exports after its first build (as ``kg build`` does), so that what the exporters
keep between builds (kg.export._parts) is there to be reused, or misused, by the exports that follow.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kg.export import COMMON_FORMATS, export
from kg.graph import Store
from tests.graph.test_incremental import A, B, C, LAVROV, WANG, apply, article, meets, position


@pytest.fixture(autouse=True)
def _one_build_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the build graph's time, the same for every store


def outputs(store: Store, folder: Path) -> dict[str, bytes]:
    """Every common format of ``store`` written into ``folder``: file (relative path) -> bytes."""
    for fmt, name in COMMON_FORMATS:
        export(store.dataset, fmt, folder / name)
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def batch(path: Path, extractions) -> dict[str, bytes]:
    with Store(path / "store") as store:
        apply(store, extractions)
        return outputs(store, path / "out")


def changed(path: Path, first, *steps) -> dict[str, bytes]:
    """Build and export ``first``, then apply each step (extractions to add, ids to remove), refresh and export."""
    with Store(path / "store") as store:
        apply(store, first)
        written = outputs(store, path / "out")
        for step in steps:
            apply(store, step)
            written = outputs(store, path / "out")
        return written


def same(incremental: dict[str, bytes], full: dict[str, bytes]) -> None:
    assert sorted(incremental) == sorted(full)
    assert [name for name in full if incremental[name] != full[name]] == []


EDITED = article("b.txt", "2022-10-30", [meets("2022-10-28"), ("Russia", "Country", "criticizes", "China",
                                                               "Country", {})])
FIRST, MIDDLE, LAST = (article(f"{d}.txt", f"2023-01-0{d}", [meets(), position(WANG, "China")]) for d in (1, 3, 5))
CASES = {  # name: (first build, steps, the articles of the batch build)
    "add": ([A], [[B]], [A, B]),
    "remove": ([A, B, C], [["c.txt"]], [A, B]),
    "replace": ([A, B, C], [[EDITED]], [A, EDITED, C]),
    "remove all, add back": ([A, B, C], [["a.txt", "b.txt", "c.txt"], [A, B, C]], [A, B, C]),
    # the middle report joins the other two undated meetings into one event: their relations' event_iri changes
    "join": ([FIRST, LAST], [[MIDDLE]], [FIRST, MIDDLE, LAST]),
    "split": ([FIRST, MIDDLE, LAST], [["3.txt"]], [FIRST, LAST]),
    "positions": ([article("m.txt", "2023-03-01", [meets("2023-02-28")])],
                  [[article("w.txt", "2023-03-02", [position(WANG, "China")])],
                   [article("l.txt", "2023-03-03", [position(LAVROV, "Russia")])], ["w.txt"]],
                  [article("m.txt", "2023-03-01", [meets("2023-02-28")]),
                   article("l.txt", "2023-03-03", [position(LAVROV, "Russia")])]),
}


@pytest.mark.parametrize("case", CASES)
def test_every_export_after_a_change_is_the_batch_builds(tmp_path, case):
    first, steps, final = CASES[case]
    same(changed(tmp_path / "inc", first, *steps), batch(tmp_path / "batch", final))


@pytest.mark.parametrize("case", CASES)
def test_the_view_files_patched_line_by_line_are_the_batch_builds(tmp_path, case, monkeypatch):
    import kg.graph.graph_files

    monkeypatch.setattr(kg.graph.graph_files, "_FEW", 0)  # every patch edits the kept lines in place
    first, steps, final = CASES[case]
    same(changed(tmp_path / "inc", first, *steps), batch(tmp_path / "batch", final))


def test_the_samples_edited_and_removed(tmp_path, extractions):
    # codes, speakers, places, intentions, mentions (tests/graph/conftest.py)
    first, second, third = extractions
    edited = dataclasses.replace(second, relations=second.relations[1:], entities=second.entities[:3])
    same(changed(tmp_path / "inc", [first, second], [third], [edited], ["a1.txt"]),
         batch(tmp_path / "batch", [edited, third]))


def test_what_exporters_keep_per_article_follows_the_article_graphs(tmp_path):
    changed(tmp_path / "inc", [A, B, C], ["c.txt"], [EDITED])
    folders = sorted((tmp_path / "inc" / "store" / "kg-parts").iterdir())
    assert [folder.name.rsplit("-", 1)[0] for folder in folders] == ["article-rows", "trig"]
    for folder in folders:  # a.txt and the edited b.txt: nothing of c.txt nor of the first b.txt
        assert len(list(folder.iterdir())) == 2


def test_an_added_article_is_the_only_graph_the_article_exporters_read(tmp_path, monkeypatch):
    import kg.export.jsonl

    read = []
    part = kg.export.jsonl._article_part
    monkeypatch.setattr(kg.export.jsonl, "_article_part", lambda quads: read.append(1) or part(quads))
    with Store(tmp_path / "store") as store:
        for e in (A, B):
            store.add(e)
        store.refresh()
        export(store.dataset, "relations", tmp_path / "relations.jsonl")
        assert len(read) == 2
        store.add(C)
        store.refresh()
        export(store.dataset, "relations", tmp_path / "relations.jsonl")
        export(store.dataset, "entities", tmp_path / "entities.jsonl")
        assert len(read) == 3


def test_trig_written_graph_by_graph_is_the_whole_dataset_written_at_once(tmp_path, extractions):
    import pyoxigraph as ox

    from kg.export.rdf import prefixes_for

    with Store(tmp_path / "store") as store:
        for e in extractions[:2]:
            store.add(e)
        store.refresh()
        export(store.dataset, "trig")  # the article graphs' TriG kept
        store.add(extractions[2])
        store.refresh()
        quads = ox.parse(export(store.dataset, "nquads"), format=ox.RdfFormat.N_QUADS)
        whole = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes_for(store.dataset))
        assert export(store.dataset, "trig") == whole
        assert export(store.ox, "trig") == whole  # a bare store keeps no parts: every graph written now
