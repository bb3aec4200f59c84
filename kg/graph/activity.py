"""How active each actor is, counted by every refresh into the build graph: what the saved query ``active`` reads.

An actor is a name and class (Person, Country, Organization; two entities of one name and class are
one actor). Its relations are its distinct (relation, other side) pairs over the events of the merged
view where it is agent or target of another, and its articles those of the evidence of those events.
Counting them takes hundreds of milliseconds at a million quads, far over what a saved query may
take; ``Store.refresh`` counts them once after every change (a full refresh or an incremental one: the
counts always follow the merged view they are written beside; a refresh that finds nothing changed
keeps those of the last, :func:`counted`) and writes one node per actor into the build graph, with
its rank in the order ``active`` gives (most pairs, then most articles, then by name and class). The
saved query reads the first ranks: it looks up 25 nodes, where reading and sorting thousands of them
would take as long again as counting.

    <build/actor/{hash}> a kg:ActorActivity ; kg:actorName "China" ; kg:actorClass kg:Country ;
                         kg:pairCount 12 ; kg:articleCount 7 ; kg:activityRank 3 .
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.graph.iri import Iris
from kg.graph.namespace import KG, PREFIXES

__all__ = ["activity", "counted"]

# Each property is its own sub-query, joined on its keys (the engine reads each once in a row), and the
# pairs and articles are made distinct on the terms before the names are joined: no string is built per
# row. Its rows, ordered as ``active`` orders them, are those of tests/interfaces/reference_queries/active.rq.
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
_T = {name: ox.NamedNode(str(KG[name])) for name in ("ActorActivity", "actorName", "actorClass", "pairCount",
                                                      "articleCount", "activityRank")}
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def activity(store: ox.Store, iris: Iris) -> list[ox.Triple]:
    """The triples of every actor's node, counted over the merged view of ``store`` (none without one), ranked
    in the order of ``active``."""
    triples = []
    for rank, row in enumerate(store.query(_COUNT, base_iri=iris.base, prefixes=PREFIXES), start=1):
        actor, cls = row["actor"], row["cls"]
        node = ox.NamedNode(str(iris.activity(actor, cls)))
        triples += [ox.Triple(node, _RDF_TYPE, _T["ActorActivity"]), ox.Triple(node, _T["actorName"], actor),
                    ox.Triple(node, _T["actorClass"], cls), ox.Triple(node, _T["pairCount"], row["relations"]),
                    ox.Triple(node, _T["articleCount"], row["articles"]),
                    ox.Triple(node, _T["activityRank"], ox.Literal(str(rank), datatype=_INTEGER))]
    return triples


def counted(store: ox.Store, iris: Iris) -> list[ox.Triple]:
    """The triples of every actor's node that the build graph of ``store`` holds (the last refresh counted them)."""
    build = ox.NamedNode(str(iris.graph("build")))
    nodes = {q.subject for q in store.quads_for_pattern(None, _RDF_TYPE, _T["ActorActivity"], build)}
    return [ox.Triple(q.subject, q.predicate, q.object) for node in nodes
            for q in store.quads_for_pattern(node, None, None, build)]
