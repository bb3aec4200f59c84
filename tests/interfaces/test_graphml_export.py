"""GraphML and GEXF: read back by networkx with every entity and every stated (predicate, pair)."""

from __future__ import annotations

import networkx as nx

from kg.export import export
from kg.export.view import graph_view


def _stated_links(view) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.predicate) for e in view.edges if not e.derived}


def test_graphml_reads_back_with_every_entity_and_link(sample_dataset, tmp_path):
    export(sample_dataset, None, tmp_path / "graph.graphml")
    view = graph_view(sample_dataset)
    graph = nx.read_graphml(tmp_path / "graph.graphml")
    assert set(graph.nodes) == set(view.nodes)
    links = {(a, t, d["predicate"]) for a, t, d in graph.edges(data=True)}
    assert links == _stated_links(view) and graph.number_of_edges() == len(links)
    china = next(iri for iri, n in view.nodes.items() if n.label == "China")
    assert graph.nodes[china]["label"] == "China" and graph.nodes[china]["type"] == "Country"
    meets = [d for _, _, d in graph.edges(data=True) if d["predicate"] == "meets"]
    assert [d["weight"] for d in meets] == [2] and meets[0]["symmetric"] is True  # two articles report it


def test_derived_edges_on_request_and_gexf_reads_back(sample_dataset, tmp_path):
    (tmp_path / "graph.gexf").write_bytes(export(sample_dataset, "gexf", derived=True))
    graph = nx.read_gexf(tmp_path / "graph.gexf")
    view = graph_view(sample_dataset)
    assert graph.number_of_nodes() == len(view.nodes)
    assert graph.number_of_edges() == len({(e.source, e.target, e.predicate, e.derived) for e in view.edges})
