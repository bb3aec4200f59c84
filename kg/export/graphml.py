"""The entity graph as GraphML and GEXF, for Gephi, yEd, Cytoscape and networkx itself.

The graph is kg.graph's ``entity_graph``: one edge per fact, a (predicate, agent, target) stated
by the articles, with ``predicate``, ``weight`` (supporting articles), ``events`` (merged events),
``first_date`` / ``last_date``, ``articles`` and ``symmetric``; ``derived=True`` adds the rule-made
edges. Nodes are the entities that take part in at least one edge (``label``, ``type``, ``iri``,
``code``, ``degree``): an entity that is only named, in no relation, would be an isolated dot, so
it is left out (``isolated=True`` keeps it; entities.jsonl lists every entity). The graph's own
``description`` attribute says what the counts are.
"""

from __future__ import annotations

from pathlib import Path

from kg.atomic import atomic_path
from kg.export import register

__all__ = ["to_graphml", "to_gexf", "export_graph"]


def export_graph(dataset, *, derived: bool = False, isolated: bool = False):
    """The networkx graph the GraphML and GEXF files hold."""
    from kg.export._shared import shared
    from kg.graph import entity_graph

    # GraphML and GEXF: one query of the store; a copy each, as nodes are removed below
    graph = shared(dataset, f"entity_graph derived={derived}", lambda: entity_graph(dataset, derived=derived)).copy()
    entities = graph.number_of_nodes()
    if not isolated:
        graph.remove_nodes_from([n for n in list(graph.nodes) if graph.degree(n) == 0])
    for node, degree in graph.degree():
        graph.nodes[node]["degree"] = degree
    left_out = entities - graph.number_of_nodes()
    graph.graph["description"] = (
        f"kg entity graph: {graph.number_of_nodes()} entities, {graph.number_of_edges()} edges, one per "
        f"(predicate, subject, object) fact{' (rule-derived ones included)' if derived else ''}; "
        "weight = reporting articles, events = merged events"
        + (f"; left out, in no relation: {left_out} entities" if left_out else ""))
    return graph


def _write(dataset, dest: Path | None, writer, derived: bool, isolated: bool) -> bytes | None:
    import io

    graph = export_graph(dataset, derived=derived, isolated=isolated)
    if dest is None:
        buffer = io.BytesIO()
        writer(graph, buffer)
        return buffer.getvalue()
    with atomic_path(dest) as tmp:
        writer(graph, tmp)
    return None


@register("graphml", suffixes=(".graphml",), description="entity graph as GraphML (networkx, Gephi, yEd)")
def to_graphml(dataset, dest: Path | None = None, *, derived: bool = False, isolated: bool = False,
               **_options) -> bytes | None:
    """Write the entity graph as GraphML."""
    import networkx as nx

    return _write(dataset, dest, nx.write_graphml, derived, isolated)


@register("gexf", suffixes=(".gexf",), description="entity graph as GEXF (Gephi)")
def to_gexf(dataset, dest: Path | None = None, *, derived: bool = False, isolated: bool = False,
            **_options) -> bytes | None:
    """Write the entity graph as GEXF."""
    return _write(dataset, dest, _write_gexf, derived, isolated)


def _write_gexf(graph, target) -> None:
    """networkx's GEXF, its "last modified" date the build's (SOURCE_DATE_EPOCH when set, as every other
    output's time is) instead of the day it is written: one input, the same bytes."""
    import io
    import re

    import networkx as nx

    from kg.graph.store import build_time

    buffer = io.BytesIO()
    nx.write_gexf(graph, buffer)
    data = re.sub(rb'lastmodifieddate="[0-9-]+"', f'lastmodifieddate="{build_time():%Y-%m-%d}"'.encode(),
                  buffer.getvalue(), count=1)
    if hasattr(target, "write"):
        target.write(data)
    else:
        Path(target).write_bytes(data)
