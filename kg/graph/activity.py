"""How active each actor is, counted by every refresh into the build graph: what the saved query ``active`` reads.

An actor is a name and class (Person, Country, Organization; two entities of one name and class are
one actor). Its relations are its distinct (relation, other side) pairs over the events of the merged
view where it is agent or target of another, and its articles those of the evidence of those events.
Counting them takes hundreds of milliseconds at a million quads, far over what a saved query may
take; ``Store.refresh`` counts them ahead and writes one node per actor into the build graph. A full
refresh counts every actor (:func:`activity`); an incremental one recounts only the actors its change
reaches (kg.graph.touched, :func:`recount`), and a refresh that finds nothing changed keeps the nodes.
The first 25 in the order of ``active`` (most pairs, then most articles, then by name and class) have
their rank, which the saved query reads: it looks up 25 nodes, where reading and sorting thousands of
them would take as long again as counting. The others have none, so a change ranks again from the
nodes ranked before and the actors it recounted, and reads every node only when too many of the
ranked ones fell behind (:func:`_rerank`).

    <build/actor/{hash}> a kg:ActorActivity ; kg:actorName "China" ; kg:actorClass kg:Country ;
                         kg:pairCount 12 ; kg:articleCount 7 ; kg:activityRank 3 .
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.graph.iri import Iris
from kg.graph.merge import RDF_TYPE
from kg.graph.namespace import KG, PREFIXES

__all__ = ["ACTOR_CLASSES", "FIRST", "activity", "recount"]

# Each property is its own sub-query, joined on its keys (the engine reads each once in a row), and the
# pairs and articles are made distinct on the terms before the names are joined: no string is built per
# row. Its rows, ordered as ``active`` orders them, are those of tests/interfaces/reference_queries/active.rq;
# ``_RECOUNT`` counts the same for the actors of its VALUES block by looking their entities' events up (the
# VALUES inside the GRAPH block: outside, the engine reads the whole graph before joining them).
_COUNT = """
SELECT ?actor ?cls ?relations ?articles WHERE {
  { SELECT ?actor ?cls (COUNT(*) AS ?relations) WHERE {
      { SELECT DISTINCT ?actor ?cls ?p ?other WHERE {
          { SELECT DISTINCT ?e ?p ?other WHERE {
              { SELECT ?event ?agent WHERE { GRAPH <graph/merged> { ?event kg:agent ?agent } } }
              { SELECT ?event ?target WHERE { GRAPH <graph/merged> { ?event kg:target ?target } } }
              FILTER(?agent != ?target)
              { SELECT ?event ?p WHERE { GRAPH <graph/merged> { ?event kg:predicate ?p } } }
              # each event counts for its agent and for its target
              VALUES ?side { false true }
              BIND(IF(?side, ?target, ?agent) AS ?e)
              BIND(IF(?side, ?agent, ?target) AS ?other) } }
          { SELECT ?e ?actor ?cls WHERE { GRAPH <graph/merged> { ?e rdfs:label ?actor ; a ?cls }
              FILTER(?cls IN (kg:Person, kg:Country, kg:Organization)) } } } } } GROUP BY ?actor ?cls }
  { SELECT ?actor ?cls (COUNT(DISTINCT ?article) AS ?articles) WHERE {
      { SELECT DISTINCT ?e ?article WHERE {
          { SELECT ?event ?agent WHERE { GRAPH <graph/merged> { ?event kg:agent ?agent } } }
          { SELECT ?event ?target WHERE { GRAPH <graph/merged> { ?event kg:target ?target } } }
          FILTER(?agent != ?target)
          { SELECT DISTINCT ?event WHERE { GRAPH <graph/merged> { ?event kg:predicate ?p } } }
          OPTIONAL { SELECT DISTINCT ?event ?article WHERE {
              { SELECT ?event ?ev WHERE { GRAPH <graph/merged> { ?event kg:evidence ?ev } } }
              { SELECT ?ev ?article WHERE { GRAPH <graph/merged> { ?ev prov:wasDerivedFrom ?article } } } } }
          VALUES ?side { false true }
          BIND(IF(?side, ?target, ?agent) AS ?e) } }
      { SELECT ?e ?actor ?cls WHERE { GRAPH <graph/merged> { ?e rdfs:label ?actor ; a ?cls }
          FILTER(?cls IN (kg:Person, kg:Country, kg:Organization)) } } } GROUP BY ?actor ?cls }
  BIND(STRAFTER(STR(?cls), "#") AS ?class)
}
ORDER BY DESC(?relations) DESC(?articles) ?actor ?class"""
_RECOUNT = """
SELECT ?actor ?cls ?relations ?articles WHERE {
  { SELECT ?actor ?cls (COUNT(*) AS ?relations) WHERE {
      { SELECT DISTINCT ?actor ?cls ?p ?other WHERE { GRAPH <graph/merged> {
          VALUES (?actor ?cls) { %(actors)s }
          ?e rdfs:label ?actor ; a ?cls .
          { ?event kg:agent ?e ; kg:target ?other } UNION { ?event kg:target ?e ; kg:agent ?other }
          FILTER(?e != ?other)
          ?event kg:predicate ?p } } } } GROUP BY ?actor ?cls }
  { SELECT ?actor ?cls (COUNT(DISTINCT ?article) AS ?articles) WHERE { GRAPH <graph/merged> {
      VALUES (?actor ?cls) { %(actors)s }
      ?e rdfs:label ?actor ; a ?cls .
      { ?event kg:agent ?e ; kg:target ?other } UNION { ?event kg:target ?e ; kg:agent ?other }
      FILTER(?e != ?other)
      FILTER EXISTS { ?event kg:predicate ?p }
      OPTIONAL { ?event kg:evidence ?ev . ?ev prov:wasDerivedFrom ?article } } } GROUP BY ?actor ?cls }
}"""
_T = {name: ox.NamedNode(str(KG[name])) for name in ("ActorActivity", "actorName", "actorClass", "pairCount",
                                                      "articleCount", "activityRank")}
FIRST = 25  # the nodes that have a rank: the saved query active reads the first 25
ACTOR_CLASSES = frozenset(ox.NamedNode(str(KG[c])) for c in ("Person", "Country", "Organization"))
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def _node(iris: Iris, actor: ox.Literal, cls: ox.NamedNode, relations: int, articles: int) -> list[ox.Triple]:
    node = ox.NamedNode(str(iris.activity(actor, cls)))
    return [ox.Triple(node, RDF_TYPE, _T["ActorActivity"]), ox.Triple(node, _T["actorName"], actor),
            ox.Triple(node, _T["actorClass"], cls),
            ox.Triple(node, _T["pairCount"], ox.Literal(str(relations), datatype=_INTEGER)),
            ox.Triple(node, _T["articleCount"], ox.Literal(str(articles), datatype=_INTEGER))]


def _rank(node: ox.NamedNode, rank: int) -> ox.Triple:
    return ox.Triple(node, _T["activityRank"], ox.Literal(str(rank), datatype=_INTEGER))


def activity(store: ox.Store, iris: Iris) -> list[ox.Triple]:
    """The triples of every actor's node, counted over the merged view of ``store`` (none without one), the
    first ``FIRST`` in the order of ``active`` ranked."""
    triples = []
    for rank, row in enumerate(store.query(_COUNT, base_iri=iris.base, prefixes=PREFIXES), start=1):
        triples += _node(iris, row["actor"], row["cls"], int(row["relations"].value), int(row["articles"].value))
        triples += [_rank(triples[-1].subject, rank)] if rank <= FIRST else []
    return triples


def recount(store: ox.Store, iris: Iris, actors: Iterable[tuple[ox.Literal, ox.NamedNode]]) -> None:
    """Count ``actors`` (name, class) again over the merged view of ``store`` and write their nodes anew into
    its build graph: an actor without relations (or not of an actor's class) has none."""
    build = ox.NamedNode(str(iris.graph("build")))
    actors = sorted({(actor, cls) for actor, cls in actors if cls in ACTOR_CLASSES}, key=str)
    ranked = {q.subject: q for q in store.quads_for_pattern(None, _T["activityRank"], None, build)}
    for actor, cls in actors:
        node = ox.NamedNode(str(iris.activity(actor, cls)))
        for quad in list(store.quads_for_pattern(node, None, None, build)):
            store.remove(quad)
    if actors:
        found = store.query(_RECOUNT % {"actors": " ".join(f"({actor} {cls})" for actor, cls in actors)},
                            base_iri=iris.base, prefixes=PREFIXES)
        store.extend([ox.Quad(t.subject, t.predicate, t.object, build) for row in found
                      for t in _node(iris, row["actor"], row["cls"], int(row["relations"].value),
                                     int(row["articles"].value))])
    _rerank(store, build, ranked, {ox.NamedNode(str(iris.activity(actor, cls))) for actor, cls in actors})


def _keys(store: ox.Store, build: ox.NamedNode, nodes: set[ox.NamedNode] | None = None) -> dict[ox.NamedNode, tuple]:
    """The place in the order of ``active`` of ``nodes`` that the build graph holds (of every node: None) as a
    sort key: most pairs, most articles, then by name and class (the same order: the classes share a namespace)."""
    props = {_T[name]: name for name in ("pairCount", "articleCount", "actorName", "actorClass")}
    found: dict = {}
    quads = (store.quads_for_pattern(None, p, None, build) for p in props) if nodes is None else (
        store.quads_for_pattern(node, None, None, build) for node in nodes)
    for q in (q for some in quads for q in some):
        if q.predicate in props:
            found.setdefault(q.subject, {})[props[q.predicate]] = q.object
    return {node: (-int(v["pairCount"].value), -int(v["articleCount"].value), v["actorName"].value,
                   v["actorClass"].value) for node, v in found.items() if len(v) == len(props)}


def _rerank(store: ox.Store, build: ox.NamedNode, ranked: dict[ox.NamedNode, ox.Quad],
            recounted: set[ox.NamedNode]) -> None:
    """Rank the first ``FIRST`` nodes again after ``recounted`` were counted anew, given the rank quads of the
    nodes ``ranked`` before. Only those can have moved: the
    others keep their order, so the nodes ranked before that were not recounted still come before every node
    without a rank; the first of them and of ``recounted``, up to the last of those, are the first of all. When
    fewer than ``FIRST`` are left so (ranked nodes fell behind), every node is read and ordered."""
    kept = set(ranked) - recounted
    keys = _keys(store, build, kept | recounted)
    if len(ranked) < FIRST:  # every node had a rank: these are all
        first = sorted(keys, key=keys.__getitem__)
    else:
        floor = max((keys[node] for node in kept if node in keys), default=None)
        first = sorted((node for node in keys if floor is not None and keys[node] <= floor), key=keys.__getitem__)
    if len(ranked) >= FIRST and len(first) < FIRST:
        keys = _keys(store, build)
        first = sorted(keys, key=keys.__getitem__)
    for quad in ranked.values():
        store.remove(quad)
    store.extend([ox.Quad(*_rank(node, rank), build) for rank, node in enumerate(first[:FIRST], start=1)])
