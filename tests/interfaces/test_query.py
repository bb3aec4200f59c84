"""kg query: saved queries, parameters bound as terms, result formats."""

from __future__ import annotations

import csv
import io
import json

import pytest

from interfaces_sample import SAVED_QUERY_CASES, build_sample, rows_of
from kg.errors import QueryError
from kg.query import bind_values, query, query_params, saved_queries, saved_query


def test_every_saved_query_has_a_title_and_runs(sample_build):
    saved = saved_queries()
    assert {"meetings", "stances", "contacts", "positions", "evidence", "active"} <= set(saved)
    for name, title in saved.items():
        assert title and not title.startswith("PREFIX"), name
        result = query(name, out=sample_build)
        assert result.variables, name


def test_meetings_of_a_person_by_alias_are_both_meetings(sample_build):
    result = query("meetings", out=sample_build, params={"person": "lavrov"})
    assert sorted(result.column("date")) == ["2022-10-27", "2022-11-01"]
    assert {r["who"] for r in result.dicts()} | {r["met"] for r in result.dicts()} == {"Wang Yi", "Sergei Lavrov"}
    assert len(query("meetings", out=sample_build, params={"person": "Russia"})) == 0


def test_stances_of_a_country_given_by_alias(sample_build):
    result = query("stances", out=sample_build, params={"actor": "Beijing"})
    assert [(r["who"], r["stance"], r["what"]) for r in result.dicts()] == [("China", "opposes", "hegemonism")]


def test_contacts_between_two_people_in_either_order(sample_build):
    one = query("contacts", out=sample_build, params={"first": "Wang Yi", "second": "Sergei Lavrov"})
    two = query("contacts", out=sample_build, params={"first": "sergei lavrov", "second": "wang yi"})
    assert one.rows == two.rows and len(one) == 2


def test_evidence_lists_each_reporting_article(sample_build):
    result = query("evidence", out=sample_build, params={"predicate": "meets", "subject": "Wang Yi"})
    assert len({r["title"] for r in result.dicts()}) == 2
    assert all(r["sentence"] and r["published"] and r["source"] for r in result.dicts())


def test_a_parameter_value_cannot_change_the_query(sample_build):
    hostile = 'x" ) } } SELECT * WHERE { ?s ?p ?o } #'
    assert len(query("meetings", out=sample_build, params={"person": hostile})) == 0
    text = bind_values(saved_query("meetings"), {"person": hostile})
    assert 'VALUES (?person) { ("x\\" ) } } SELECT' in text


def test_an_iri_parameter_is_bound_as_an_iri(sample_build):
    result = query("positions", out=sample_build, params={"person": "https://kg.example.org/entity/person/wang-yi"})
    assert [(r["who"], r["role"], r["in"]) for r in result.dicts()] == [("Wang Yi", "Foreign Minister", "China")]


def test_unknown_names_and_parameters_are_query_errors(sample_build, tmp_path):
    with pytest.raises(QueryError, match="no saved query"):
        query("no-such-query", out=sample_build)
    with pytest.raises(QueryError, match="unknown parameter"):
        query("meetings", out=sample_build, params={"country": "China"})
    with pytest.raises(QueryError, match="syntax"):
        query("SELECT WHERE {", out=sample_build)
    with pytest.raises(QueryError, match="kg build"):
        query("ASK {}", out=tmp_path)


def test_query_from_a_file_and_the_four_formats(sample_build, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text("PREFIX kg: <https://kg.example.org/ontology#>\n"
                  "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e kg:predicate ?p } ?g a kg:MergedGraph }"
                  " GROUP BY ?p ORDER BY ?p\n")
    result = query(str(rq), out=sample_build)
    assert dict(zip(result.column("p"), result.column("n"))) == {
        "https://kg.example.org/ontology#cooperatesWith": "1", "https://kg.example.org/ontology#holdsPosition": "1",
        "https://kg.example.org/ontology#meets": "2", "https://kg.example.org/ontology#opposes": "2"}
    table = result.format("table")
    assert "kg:meets" in table and "(4 rows)" in table
    rows = list(csv.reader(io.StringIO(result.format("csv"))))
    assert rows[0] == ["p", "n"] and len(rows) == 5
    tsv = result.format("tsv").splitlines()
    assert tsv[0] == "?p\t?n" and tsv[1].startswith("<https://kg.example.org/ontology#")
    doc = json.loads(result.format("json"))
    assert doc["head"]["vars"] == ["p", "n"]
    assert doc["results"]["bindings"][0]["n"]["datatype"].endswith("#integer")
    with pytest.raises(QueryError):
        result.format("xml")


def test_declared_parameters_are_read_from_comments():
    assert set(query_params(saved_query("contacts"))) == {"first", "second"}


KG = "PREFIX kg: <https://kg.example.org/ontology#>\n"


def test_a_query_without_graph_sees_each_fact_once(sample_build):
    result = query(KG + "SELECT ?s ?o WHERE { ?s kg:opposes ?o }", out=sample_build)
    assert sorted((r["s"], r["o"]) for r in result.dicts()) == [("https://kg.example.org/entity/country/china",
                                    "https://kg.example.org/entity/policy/hegemonism"),
                                   ("https://kg.example.org/entity/country/russia",
                                    "https://kg.example.org/entity/policy/hegemonism")]
    labels = query("SELECT ?e ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }", out=sample_build)
    assert len(labels.rows) == len(set(labels.column("e")))  # one label per entity, not one per article


def test_article_graphs_are_reached_with_graph_and_from_named(sample_build):
    by_graph = query(KG + "SELECT ?g ?s WHERE { GRAPH ?g { ?s kg:opposes ?o } }", out=sample_build)
    graphs = sorted(set(by_graph.column("g")))
    assert graphs == ["https://kg.example.org/graph/article/one.txt", "https://kg.example.org/graph/merged"]
    one = query(KG + "SELECT ?s FROM NAMED <https://kg.example.org/graph/article/one.txt> "
                "WHERE { GRAPH ?g { ?s kg:opposes ?o } }", out=sample_build)
    assert len(one) == 2


def test_a_store_built_before_the_default_graph_is_read_through_its_merged_view(sample_build, tmp_path):
    import shutil

    import pyoxigraph as ox

    shutil.copytree(sample_build / "store", tmp_path / "store")
    store = ox.Store(str(tmp_path / "store"))
    store.clear_graph(ox.DefaultGraph())
    store.flush()
    del store
    text = KG + "SELECT ?s ?o WHERE { ?s kg:opposes ?o }"
    assert sorted(map(str, query(text, out=tmp_path).dicts())) == sorted(map(str, query(text, out=sample_build).dicts()))
    assert len(query(text, out=tmp_path)) == 2


OTHER_BASE = "http://example.org/news/"


@pytest.fixture(scope="module")
def other_base_build(tmp_path_factory):
    """The sample build made with a base IRI of its own."""
    return build_sample(tmp_path_factory.mktemp("other-base"), base_iri=OTHER_BASE)


def _solution_rows(solutions) -> list[tuple]:
    names = [v.value for v in solutions.variables]
    return sorted(tuple("" if s[n] is None else s[n].value for n in names) for s in solutions)


@pytest.mark.parametrize(("name", "params"), SAVED_QUERY_CASES)
def test_saved_queries_read_the_merged_view_of_a_build_made_with_another_base_iri(sample_build, other_base_build,
                                                                                   name, params):
    import pyoxigraph as ox

    from kg.query import DEFAULT_BASE, for_build

    other_params = {k: v.replace(DEFAULT_BASE, OTHER_BASE) for k, v in params.items()}
    rows = rows_of(query(name, out=other_base_build, params=other_params))
    assert rows and rows == rows_of(query(name, out=sample_build, params=params))
    loaded = ox.Store()  # the build's graph.nq in pyoxigraph, as a triplestore would hold it
    loaded.bulk_load(path=str(other_base_build / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    text = bind_values(saved_query(name), other_params)
    assert not list(loaded.query(text))  # as written, the file names the merged view under the default base
    built = for_build(text, loaded)
    assert f"BASE <{OTHER_BASE}>" in built
    assert _solution_rows(loaded.query(built)) == rows


def test_only_a_base_declaration_of_the_default_base_iri_is_made_the_builds(other_base_build):
    from kg.query import for_build, open_graph

    store = open_graph(other_base_build)
    mine = "BASE <http://example.com/mine/>\nSELECT * WHERE { GRAPH <graph/merged> { ?s ?p ?o } }"
    assert for_build(mine, store) == mine
    plain = "SELECT * WHERE { ?s ?p ?o }"
    assert for_build(plain, store) == plain
