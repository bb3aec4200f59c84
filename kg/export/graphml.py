"""The entity graph as GraphML and GEXF (networkx), for Gephi, yEd, Cytoscape and networkx itself.

Nodes are entities (``label``, ``class``, ``iri``); edges are relation events (``predicate``,
``date``, ``confidence``, ``sentence``, ``article``), so parallel edges are kept (a multigraph).
"""

from __future__ import annotations

from pathlib import Path

from kg.atomic import atomic_path
from kg.export import register
from kg.export.view import graph_view

__all__ = ["entity_multigraph", "to_graphml", "to_gexf"]


def entity_multigraph(dataset):
    """A networkx MultiDiGraph of entities with one edge per relation event; attributes are plain scalars."""
    import networkx as nx

    view = graph_view(dataset)
    graph = nx.MultiDiGraph(name="kg entity graph")
    for node in view.nodes.values():
        graph.add_node(node.iri, label=node.label, **{"class": node.cls, "iri": node.iri,
                                                      "aliases": "; ".join(node.aliases)})
    for e in view.edges:
        first = e.evidence[0] if e.evidence else None
        attrs = {"predicate": e.predicate, "label": e.predicate, "kind": e.kind, "event": e.iri,
                 "directed": e.directed, "date": e.date, "mode": e.mode, "place": e.place, "role": e.role,
                 "confidence": e.confidence, "sentence": first.sentence if first else None,
                 "article": first.article if first else None, "evidence": len(e.evidence)}
        graph.add_edge(e.source, e.target, key=e.iri, **{k: v for k, v in attrs.items() if v is not None})
    return graph


def _write(dataset, dest: Path | None, writer) -> bytes | None:
    import io

    graph = entity_multigraph(dataset)
    if dest is None:
        buffer = io.BytesIO()
        writer(graph, buffer)
        return buffer.getvalue()
    with atomic_path(dest) as tmp:
        writer(graph, tmp)
    return None


@register("graphml", suffixes=(".graphml",), description="entity graph as GraphML (networkx, Gephi, yEd)")
def to_graphml(dataset, dest: Path | None = None, **_options) -> bytes | None:
    """Write the entity multigraph as GraphML."""
    import networkx as nx

    return _write(dataset, dest, nx.write_graphml)


@register("gexf", suffixes=(".gexf",), description="entity graph as GEXF (Gephi)")
def to_gexf(dataset, dest: Path | None = None, **_options) -> bytes | None:
    """Write the entity multigraph as GEXF."""
    import networkx as nx

    return _write(dataset, dest, nx.write_gexf)
