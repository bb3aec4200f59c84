"""GraphML and GEXF: read back by networkx with every entity and every stated (predicate, pair)."""

from __future__ import annotations

import io

import networkx as nx

from kg.export import export
from kg.export.view import graph_view


def _stated_links(view) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.predicate) for e in view.edges if not e.derived}


def _linked(edges) -> set[str]:
    return {x for e in edges for x in (e.source, e.target)}


def test_graphml_reads_back_with_every_linked_entity_and_link(sample_dataset, tmp_path):
    export(sample_dataset, None, tmp_path / "graph.graphml")
    view = graph_view(sample_dataset)
    graph = nx.read_graphml(tmp_path / "graph.graphml")
    stated = [e for e in view.edges if not e.derived]
    assert set(graph.nodes) == _linked(stated) and not list(nx.isolates(graph))
    links = {(a, t, d["predicate"]) for a, t, d in graph.edges(data=True)}
    assert links == _stated_links(view) and graph.number_of_edges() == len(links)
    china = next(iri for iri, n in view.nodes.items() if n.label == "China")
    assert graph.nodes[china]["label"] == "China" and graph.nodes[china]["type"] == "Country"
    assert graph.nodes[china]["code"] == "CHN" and graph.nodes[china]["degree"] == graph.degree(china)
    meets = [d for _, _, d in graph.edges(data=True) if d["predicate"] == "meets"]
    assert [d["weight"] for d in meets] == [2] and meets[0]["symmetric"] is True  # two articles report it
    assert meets[0]["events"] == 2 and (meets[0]["first_date"], meets[0]["last_date"]) == ("2022-10-27", "2022-11-01")
    assert sum(d["events"] for *_, d in graph.edges(data=True)) == len({e.iri for e in stated})


def test_an_entity_in_no_relation_is_left_out_and_said_so(tmp_path):
    from dataclasses import replace

    from interfaces_sample import sample_extractions

    from kg.graph import Store
    from kg.records import Entity

    one, two = sample_extractions()
    with Store(tmp_path / "store") as store:  # one more entity, only named: "talks in Geneva"
        store.add(replace(one, entities=one.entities + (Entity("Geneva", "Place"),)))
        store.add(two)
        store.refresh()
        default = nx.read_graphml(io.BytesIO(export(store.dataset, "graphml")))
        everything = nx.read_graphml(io.BytesIO(export(store.dataset, "graphml", isolated=True)))
        entities = set(graph_view(store.dataset).nodes)
    geneva = "https://kg.example.org/entity/place/geneva"
    assert geneva in entities and geneva not in default and set(default.nodes) == entities - {geneva}
    assert "left out, in no relation: 1 entities" in default.graph["description"]
    assert set(everything.nodes) == entities and everything.nodes[geneva]["degree"] == 0


def test_derived_edges_on_request_and_gexf_reads_back(sample_dataset, tmp_path):
    (tmp_path / "graph.gexf").write_bytes(export(sample_dataset, "gexf", derived=True))
    graph = nx.read_gexf(tmp_path / "graph.gexf")
    view = graph_view(sample_dataset)
    assert set(graph.nodes) == _linked(view.edges)
    assert graph.number_of_edges() == len({(e.source, e.target, e.predicate, e.derived) for e in view.edges})


def test_gexf_dates_itself_by_the_build_time_not_the_day_it_is_written(sample_dataset, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14: one input, the same bytes on any day
    export(sample_dataset, None, tmp_path / "graph.gexf")
    data = (tmp_path / "graph.gexf").read_bytes()
    assert b'lastmodifieddate="2023-11-14"' in data
    assert data == export(sample_dataset, "gexf")
    assert nx.read_gexf(tmp_path / "graph.gexf").number_of_nodes() > 0
