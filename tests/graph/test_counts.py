"""One set of named counts: the graph records them and every output that counts the same thing agrees."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import networkx as nx
import pytest

import kg
from kg.export import export
from kg.export.neo4j import LINKS
from kg.graph import open_store, stats
from kg.graph.counts import COUNT_PROPERTIES, Counts, count_store, counts


@pytest.fixture
def build(tmp_path, extractions):
    """The three hand-made articles, one relation of them reported as planned (not asserted)."""
    second = extractions[1]
    planned = tuple(replace(r, factual=False) if r.predicate == "visits" else r for r in second.relations)
    with open_store(tmp_path) as store:
        for extraction in (extractions[0], replace(second, relations=planned), extractions[2]):
            store.add(extraction)
        store.refresh()
    return tmp_path


def _lines(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode().splitlines()]


def test_the_build_node_records_what_count_store_counts(build, extractions):
    recorded = counts(out=build)
    with open_store(build) as store:
        assert recorded == count_store(store.ox)
        for prop in COUNT_PROPERTIES.values():  # every count is on the build node, in the build graph
            assert store.ox.query(f"ASK {{ GRAPH <{store.iris.graph('build')}> {{ <{store.iris.build()}> "
                                  f"<https://kg.example.org/ontology#{prop}> ?n }} }}")
    # three articles; the phone call is two reports of one event; the planned visit is reported, not asserted
    assert (recorded.articles, recorded.unasserted) == (3, 1)
    assert recorded.relations == sum(len(e.relations) for e in extractions) - 1
    assert recorded.events < recorded.relations and recorded.facts <= recorded.events


def test_every_output_gives_the_same_number_for_the_same_thing(build):
    c = counts(out=build)
    with open_store(build) as store:
        ds = store.dataset
        relations, entities = _lines(export(ds, "relations")), _lines(export(ds, "entities"))
        events_csv = list(csv.DictReader(io.StringIO(export(ds, "events").decode())))
        events_jsonl = _lines(export(ds, "events-jsonl"))
        graphml = nx.read_graphml(io.BytesIO(export(ds, "graphml")))
        derived_graph = nx.read_graphml(io.BytesIO(export(ds, "graphml", derived=True)))
        export(ds, "neo4j", build / "neo4j")
    assert len(relations) == c.relations  # relations.jsonl: one line per relation found in one article
    assert sum(r["mentions"] for r in entities) == c.mentions  # entities.jsonl: mentions per entity per article
    assert len(events_csv) == len(events_jsonl) == c.events  # the event table: one row per merged event
    assert len({r["event_iri"] for r in relations}) == c.events  # every relation line is part of one event
    assert graphml.number_of_edges() == c.facts  # GraphML: one edge per fact
    assert sum(d["events"] for *_, d in graphml.edges(data=True)) == c.events
    assert sum(d["derived"] for *_, d in derived_graph.edges(data=True)) <= c.derived
    with (build / "neo4j" / "relationships.csv").open(newline="", encoding="utf-8") as f:
        rels = list(csv.DictReader(f))
    stated = [r for r in rels if r[":TYPE"] not in LINKS and r["derived:boolean"] == "false"]
    assert len(stated) == c.events  # Neo4j: one relationship per event (derived ones apart)
    assert {r["event"] for r in rels if r["derived:boolean"] == "true"} == _derived(build)
    assert len([r for r in rels if r[":TYPE"] == "MENTIONS"]) == len(entities)
    api = kg.open(build)
    assert len(api.entities()) == c.entities and len(api.relations()) == c.facts


def _derived(build) -> set[str]:
    from kg.query import query

    rows = query("SELECT ?x WHERE { GRAPH ?d { ?d a <https://kg.example.org/ontology#DerivedGraph> . "
                 "?x <https://kg.example.org/ontology#predicate> ?p } }", out=build)
    return set(rows.column("x"))


def test_stats_and_the_build_summary_name_the_counts(build):
    c = counts(out=build)
    s = stats(out=build)
    assert s.counts == c and s.text.splitlines()[0] == c.text
    assert sum(s.reports.values()) == c.relations and sum(s.relations.values()) == c.events
    assert s.derived == c.derived and sum(s.entities.values()) == c.entities
    for name in ("entities", "mentions", "relations found in articles", "not asserted", "events", "facts", "derived"):
        assert name in c.text
    assert f"{c.events} events" in c.text and f"{c.relations} relations" in c.text


def test_counts_of_an_empty_build_are_zero(tmp_path):
    with open_store(tmp_path) as store:
        store.refresh()
    assert counts(out=tmp_path) == Counts()
