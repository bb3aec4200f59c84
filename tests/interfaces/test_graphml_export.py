"""GraphML and GEXF: read back by networkx with every entity and relation event."""

from __future__ import annotations

import networkx as nx

from kg.export import export
from kg.export.view import graph_view


def test_graphml_reads_back_with_every_entity_and_event(sample_dataset, tmp_path):
    export(sample_dataset, None, tmp_path / "graph.graphml")
    view = graph_view(sample_dataset)
    graph = nx.read_graphml(tmp_path / "graph.graphml")
    assert graph.number_of_nodes() == len(view.nodes)
    assert graph.number_of_edges() == len(view.edges)
    china = next(iri for iri, n in view.nodes.items() if n.label == "China")
    assert graph.nodes[china]["label"] == "China" and graph.nodes[china]["class"] == "Country"
    predicates = sorted(d["predicate"] for _, _, d in graph.edges(data=True))
    assert predicates == sorted(e.predicate for e in view.edges)
    assert all(0 <= d["confidence"] <= 1 for _, _, d in graph.edges(data=True) if "confidence" in d)


def test_gexf_reads_back(sample_dataset, tmp_path):
    data = export(sample_dataset, "gexf")
    (tmp_path / "graph.gexf").write_bytes(data)
    graph = nx.read_gexf(tmp_path / "graph.gexf")
    view = graph_view(sample_dataset)
    assert graph.number_of_nodes() == len(view.nodes)
    assert graph.number_of_edges() == len(view.edges)
