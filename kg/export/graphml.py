"""The entity graph as GraphML and GEXF, for Gephi, yEd, Cytoscape and networkx itself.

The graph is kg.graph's ``entity_graph``: nodes are merged entities (``label``, ``type``, ``iri``),
one edge per (predicate, agent, target) stated by the articles, with ``predicate``, ``weight``
(supporting articles), ``articles`` and ``symmetric``; ``derived=True`` adds the rule-made edges.
"""

from __future__ import annotations

from pathlib import Path

from kg.atomic import atomic_path
from kg.export import register

__all__ = ["to_graphml", "to_gexf"]


def _write(dataset, dest: Path | None, writer, derived: bool) -> bytes | None:
    import io

    from kg.graph import entity_graph

    graph = entity_graph(dataset, derived=derived)
    if dest is None:
        buffer = io.BytesIO()
        writer(graph, buffer)
        return buffer.getvalue()
    with atomic_path(dest) as tmp:
        writer(graph, tmp)
    return None


@register("graphml", suffixes=(".graphml",), description="entity graph as GraphML (networkx, Gephi, yEd)")
def to_graphml(dataset, dest: Path | None = None, *, derived: bool = False, **_options) -> bytes | None:
    """Write the entity graph as GraphML."""
    import networkx as nx

    return _write(dataset, dest, nx.write_graphml, derived)


@register("gexf", suffixes=(".gexf",), description="entity graph as GEXF (Gephi)")
def to_gexf(dataset, dest: Path | None = None, *, derived: bool = False, **_options) -> bytes | None:
    """Write the entity graph as GEXF."""
    import networkx as nx

    return _write(dataset, dest, nx.write_gexf, derived)
