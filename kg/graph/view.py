"""The networkx view of the entity graph, and ``kg stats`` (counts, central actors, communities).

Nodes are the merged entities (attributes ``label``, ``type``, ``iri``, and ``code``: the CAMEO
actor code, a country's ISO code, where known); an edge per (predicate, agent, target) of the
merged events (a fact), with ``predicate``, ``weight`` = number of supporting articles, ``events``
(merged events stating it), ``first_date`` / ``last_date`` (of its dated events), ``articles``
("; "-joined file names), ``symmetric`` and ``derived``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.graph.counts import Counts, read_counts
from kg.graph.namespace import KG, PREFIXES, SYMMETRIC

__all__ = ["Stats", "entity_graph", "ox_store", "stats"]

_NODES = """
SELECT ?e ?type ?label ?code WHERE { GRAPH ?g { ?g a kg:MergedGraph . ?e a ?type ; rdfs:label ?label .
  OPTIONAL { ?e kg:actorCode ?actor } OPTIONAL { ?e kg:iso3166 ?iso } } BIND(COALESCE(?actor, ?iso) AS ?code) }"""
_EDGES = """
SELECT ?p ?a ?t ?derived (COUNT(DISTINCT ?src) AS ?w) (GROUP_CONCAT(DISTINCT ?file; separator="\\u001f") AS ?files)
       (COUNT(DISTINCT ?x) AS ?events) (MIN(STR(?date)) AS ?first) (MAX(STR(?date)) AS ?last)
WHERE { GRAPH ?g { ?g a ?kind . VALUES (?kind ?derived) { (kg:MergedGraph false) (kg:DerivedGraph true) }
  ?x kg:predicate ?p ; kg:agent ?a ; kg:target ?t . OPTIONAL { ?x kg:date ?date }
  OPTIONAL { ?x kg:source ?src . OPTIONAL { GRAPH ?m { ?m a kg:MergedGraph . ?src kg:fileName ?file } } } } }
GROUP BY ?p ?a ?t ?derived"""


def ox_store(dataset):
    """The pyoxigraph store behind an rdflib Dataset (an in-memory copy when it is not on Oxigraph)."""
    import pyoxigraph as ox

    if isinstance(dataset, ox.Store):
        return dataset
    inner = getattr(getattr(dataset, "store", None), "_inner", None)
    if isinstance(inner, ox.Store):
        return inner
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from kg.graph.store import to_ox

    def graph(g):
        g = getattr(g, "identifier", g)
        return ox.DefaultGraph() if g is None or str(g) == str(DATASET_DEFAULT_GRAPH_ID) else to_ox(g)

    store = ox.Store()
    store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph(g)) for s, p, o, g in dataset.quads((None, None, None, None)))
    return store


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def entity_graph(dataset, *, derived: bool = False):
    """The entity graph as a ``networkx.MultiDiGraph`` (``derived=True`` adds the rule-made edges)."""
    import networkx as nx

    store = ox_store(dataset)
    prefixes = PREFIXES
    graph = nx.MultiDiGraph()
    ontology_types = {str(KG[t]) for t in ("Person", "Country", "Organization", "Place", "Event", "Document",
                                           "Policy", "Entity")}
    for row in store.query(_NODES, prefixes=prefixes):
        if row["type"].value in ontology_types:
            code = {"code": row["code"].value} if row["code"] is not None else {}
            graph.add_node(row["e"].value, iri=row["e"].value, label=row["label"].value, type=_local(row["type"].value),
                           **code)
    for row in store.query(_EDGES, prefixes=prefixes):
        is_derived = row["derived"].value == "true"
        if is_derived and not derived:
            continue
        a, t, predicate = row["a"].value, row["t"].value, _local(row["p"].value)
        if a not in graph or t not in graph:
            continue
        files = sorted(set(row["files"].value.split("\x1f")) - {""}) if row["files"] is not None else []
        key = predicate + ("+derived" if is_derived else "")
        dates = {k: row[k].value for k in ("first", "last") if row[k] is not None and row[k].value}
        graph.add_edge(a, t, key=key, predicate=predicate, weight=int(row["w"].value), events=int(row["events"].value),
                       **{f"{k}_date": v for k, v in dates.items()},
                       articles="; ".join(files), symmetric=predicate in SYMMETRIC, derived=is_derived)
    return graph


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts and structure of a build's graph."""

    articles: int
    quads: int
    graphs: dict[str, int]
    entities: dict[str, int]  # by class
    relations: dict[str, int]  # merged events by predicate
    reports: dict[str, int]  # relations found in articles (asserted) by predicate
    derived: int
    central: tuple[tuple[str, str, float], ...]  # (label, class, weighted degree centrality)
    communities: tuple[tuple[str, ...], ...] = field(default=())
    counts: Counts = field(default_factory=Counts)  # the named totals every output shares

    @property
    def text(self) -> str:
        """A readable summary for ``kg stats``."""
        c = self.counts
        lines = [c.text,
                 f"quads: {self.quads} (" + ", ".join(f"{k} {v}" for k, v in self.graphs.items()) + ")",
                 f"entities ({c.entities}, entities.jsonl has one line per entity per article): "
                 + ", ".join(f"{k} {v}" for k, v in self.entities.items()),
                 f"relations found in articles ({c.relations}, the lines of relations.jsonl): "
                 + ", ".join(f"{k} {v}" for k, v in self.reports.items()),
                 f"events ({c.events} merged across articles, the rows of events.csv; {c.facts} distinct facts, "
                 "the edges of graph.graphml): " + ", ".join(f"{k} {v}" for k, v in self.relations.items()),
                 f"derived events (rules): {self.derived}", "most central actors:"]
        lines += [f"  {score:.3f}  {label} ({cls})" for label, cls, score in self.central]
        lines.append("communities:")
        lines += [f"  {i + 1}. " + ", ".join(c) for i, c in enumerate(self.communities)]
        return "\n".join(lines)


_COUNT = "SELECT ?k (COUNT(*) AS ?n) WHERE {{ {} }} GROUP BY ?k ORDER BY DESC(?n) ?k"


def _counts(store, where: str) -> dict[str, int]:
    return {_local(r["k"].value): int(r["n"].value) for r in store.query(_COUNT.format(where), prefixes=PREFIXES)}


def stats(*, out: str | Path, top: int = 10) -> Stats:
    """Counts by class and predicate, most central actors and communities of the build at ``out``."""
    import networkx as nx
    import pyoxigraph as ox

    from kg.graph.store import graph_kinds
    from kg.snapshot import open_for_reading

    path = Path(out) / "store"
    if not path.exists():
        from kg.errors import KgError

        raise KgError(f"no kg build in {out} (run kg build first)")
    store = open_for_reading(out)
    kinds = graph_kinds(store)
    in_kind = "GRAPH ?g {{ ?g a kg:{} . {} }}"
    graph = entity_graph(store)
    undirected = nx.Graph()
    undirected.add_nodes_from(graph.nodes(data=True))
    for a, t, data in graph.edges(data=True):
        if a != t:
            w = undirected.get_edge_data(a, t, {}).get("weight", 0)
            undirected.add_edge(a, t, weight=w + data["weight"])
    degree = dict(undirected.degree(weight="weight"))
    total = max(sum(degree.values()), 1)
    central = sorted(degree, key=lambda n: (-degree[n], graph.nodes[n]["label"]))[:top]
    communities = []
    if undirected.number_of_edges():
        found = nx.community.louvain_communities(undirected, weight="weight", seed=7)
        labelled = [sorted(graph.nodes[n]["label"] for n in c) for c in found if len(c) > 1]
        communities = [tuple(c) for c in sorted(labelled, key=lambda c: (-len(c), c))]
    result = Stats(
        articles=len(kinds["article"]),
        quads=len(store),
        graphs={**{k: sum(len(list(store.quads_for_pattern(None, None, None, g))) for g in v) for k, v in kinds.items()},
                "default": len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph())))},
        entities=_counts(store, in_kind.format("MergedGraph", "?e a ?k ; rdfs:label ?l .")),
        relations=_counts(store, in_kind.format("MergedGraph", "?x kg:predicate ?k .")),
        reports=_counts(store, in_kind.format("ArticleGraph", "?x kg:predicate ?k ; kg:agent ?a ; kg:target ?t ; "
                                              "kg:evidence ?v . FILTER NOT EXISTS { ?x kg:asserted false }")),
        derived=sum(_counts(store, in_kind.format("DerivedGraph", "?x kg:predicate ?k .")).values()),
        central=tuple((graph.nodes[n]["label"], graph.nodes[n]["type"], round(degree[n] / total, 4)) for n in central),
        communities=tuple(communities),
        counts=read_counts(store),
    )
    del store
    return result
