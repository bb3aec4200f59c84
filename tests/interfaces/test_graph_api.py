"""kg.open(out): a build read from Python as tables of dicts, a DataFrame, a networkx graph and exports."""

from __future__ import annotations

import shutil

import pytest

import kg
from kg.errors import KgError, QueryError
from kg.query_result import QueryResult


@pytest.fixture()
def graph(sample_build, tmp_path):
    # A private copy: export() writes into the build folder.
    shutil.copytree(sample_build, tmp_path / "build")
    return kg.open(tmp_path / "build")


def test_open_a_folder_without_a_build_says_how_to_make_one(tmp_path):
    with pytest.raises(KgError, match="no kg build in .*kg build INPUTS -o"):
        kg.open(tmp_path)


def test_entities_are_the_merged_entities_as_dicts(graph):
    entities = graph.entities()
    assert isinstance(entities, QueryResult)
    rows = {row["name"]: row for row in entities}
    assert set(rows) == {"China", "Russia", "Wang Yi", "Sergei Lavrov", "hegemonism",
                         "United Nations <img src=x onerror=window.__pwned=2>"}
    assert rows["China"] == {"name": "China", "type": "Country", "aliases": "Beijing", "articles": 2,
                             "iri": "https://kg.example.org/entity/country/china"}
    assert rows["Russia"]["aliases"] is None  # no alias: None, not an empty string
    assert entities[0]["articles"] == max(row["articles"] for row in entities)  # most reported first


def test_relations_count_events_and_articles(graph):
    rows = {(r["subject"], r["predicate"], r["object"]): r for r in graph.relations()}
    # Two reports of the meeting (one each way round: meets is symmetric, stored once), in two articles.
    assert rows[("Sergei Lavrov", "meets", "Wang Yi")] == {
        "subject": "Sergei Lavrov", "predicate": "meets", "object": "Wang Yi", "events": 2, "articles": 2,
        "subject_type": "Person", "object_type": "Person"}
    assert ("China", "opposes", "hegemonism") in rows and len(rows) == 5
    derived = {(r["subject"], r["predicate"], r["object"]) for r in graph.relations(derived=True)}
    assert set(rows) < derived


def test_events_carry_date_place_mode_evidence_and_article(graph):
    meetings = [e for e in graph.events() if e["predicate"] == "meets"]
    assert [(e["date"], e["mode"], e["place"], e["articles"]) for e in meetings] == [
        ("2022-10-27", "phone", None, "one.txt"), ("2022-11-01", "in_person", "China", "two.txt")]
    assert meetings[0]["confidence"] == 0.9 and meetings[0]["sentence"].startswith("Chinese Foreign Minister")
    assert len(graph.events()) == 6


def test_query_takes_saved_names_and_parameters_as_keywords_or_a_dict(graph):
    by_keyword = graph.query("meetings", person="lavrov")
    assert by_keyword.rows == graph.query("meetings", {"person": "lavrov"}).rows
    assert [row["date"] for row in by_keyword] == ["2022-10-27", "2022-11-01"]
    with pytest.raises(QueryError, match="unknown parameter"):
        graph.query("meetings", nobody="x")


def test_results_become_dataframes(graph):
    pd = pytest.importorskip("pandas")
    frame = graph.relations().to_df()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["subject", "predicate", "object", "events", "articles", "subject_type",
                                   "object_type"]
    assert frame["events"].sum() == 6 and frame["events"].dtype.kind == "i"


def test_to_df_without_pandas_says_what_to_install(graph, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match="pip install pandas"):
        graph.entities().to_df()


def test_to_networkx_is_the_entity_graph(graph):
    nx_graph = graph.to_networkx()
    labels = {data["label"] for _, data in nx_graph.nodes(data=True)}
    assert labels == {row["name"] for row in graph.entities()}
    predicates = {data["predicate"] for *_, data in nx_graph.edges(data=True)}
    assert predicates == {row["predicate"] for row in graph.relations()}


def test_export_writes_a_format_where_asked_or_guesses_it_from_the_suffix(graph, tmp_path):
    import rdflib

    written = graph.export("turtle", tmp_path / "a.ttl")
    assert written == tmp_path / "a.ttl"
    assert len(rdflib.Graph().parse(written)) > 0
    guessed = graph.export(dest=tmp_path / "b.nq")
    assert guessed.read_text("utf-8").count(" .\n") > 0
    assert graph.export("graphml") == graph.out / "graph.graphml"
    with pytest.raises(KgError, match="give a format"):
        graph.export()
