"""The rows of the saved queries ``meetings`` and ``contacts``, listed by every refresh into the build graph.

Finding them over the merged view takes 100 to 250 ms at a million quads, far over what a saved
query may take; ``Store.refresh`` finds them once after every change (a full refresh or an
incremental one: the rows always follow the merged view they are written beside; a refresh that
finds nothing changed keeps those of the last, :func:`kept`) and writes one node per row and pair of
entities it is about into the build graph: the row's columns, the two entities (agent and target of
its events, ``kg:meetingRowParty``) and the row's place in the query's order (``kg:meetingRowRank``,
the same on the nodes of one row). The saved queries find the entities their parameters name, keep
the nodes of which those are parties and order the rows by rank: they read a few thousand triples of
the build graph, where the queries below join every event, evidence and article of the merged view.

    <build/row/{hash}> a kg:MeetingRow ; kg:meetingRowParty <entity/person/wang-yi> , <entity/person/penny-wong> ;
        kg:meetingRowDate "2024-03-20"^^xsd:date ; kg:meetingRowWho "Wang Yi" ; kg:meetingRowMet "Penny Wong" ;
        kg:meetingRowMode "in_person" ; kg:meetingRowArticle "Wang Yi meets Penny Wong" ; kg:meetingRowRank 12 .

and likewise kg:ContactRow (kg:contactRowDate, From, Contact, To, Mode, Sentence, Party and Rank).

A node is a row and a pair because a parameter names entities, not names: two entities of one name
give the same row, and ``contacts`` with both parameters wants the rows of the pair the two name.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.graph.iri import Iris
from kg.graph.namespace import KG, PREFIXES

__all__ = ["LISTINGS", "Listing", "kept", "listed", "rows"]


@dataclass(frozen=True, slots=True)
class Listing:
    """A saved query whose rows every refresh lists: the stem of its row nodes' class and properties
    (``meetingRow``: kg:MeetingRow, kg:meetingRowRank, kg:meetingRowParty, kg:meetingRowDate ...), its columns
    (query variable, property suffix) and the query giving its rows with the entities of each (``?a``, ``?b``)
    in the saved query's order.

    Each listing has properties of its own: the saved query then reads its own rows' triples only.
    """

    name: str
    terms: str
    columns: tuple[tuple[str, str], ...]
    select: str

    def term(self, suffix: str = "") -> ox.NamedNode:
        """The class (no suffix) or a property of this listing's row nodes."""
        local = self.terms[0].upper() + self.terms[1:] if not suffix else self.terms + suffix
        return ox.NamedNode(str(KG[local]))


# The saved queries as they read the merged view before the rows were listed, without their parameters
# and with the agent and target of each row: their rows, ordered as the saved queries order them, are
# those of tests/interfaces/reference_queries/meetings.rq and contacts.rq. Each property is its own
# sub-query, joined on its keys (the engine reads each once in a row instead of event by event).
_MEETINGS = """
SELECT DISTINCT ?date ?who ?met ?mode ?place ?article ?a ?b WHERE {
  { SELECT ?event WHERE { GRAPH <graph/merged> { ?event kg:predicate kg:meets } } }
  { SELECT ?event ?a WHERE { GRAPH <graph/merged> { ?event kg:agent ?a } } }
  { SELECT ?event ?b WHERE { GRAPH <graph/merged> { ?event kg:target ?b } } }
  { SELECT ?a ?who WHERE { GRAPH <graph/merged> { ?a rdfs:label ?who } } }
  { SELECT ?b ?met WHERE { GRAPH <graph/merged> { ?b rdfs:label ?met } } }
  FILTER(?a != ?b)
  OPTIONAL { SELECT ?event ?date WHERE { GRAPH <graph/merged> { ?event kg:date ?date } } }
  OPTIONAL { SELECT ?event ?mode WHERE { GRAPH <graph/merged> { ?event kg:mode ?mode } } }
  OPTIONAL { { SELECT ?event ?at WHERE { GRAPH <graph/merged> { ?event kg:place ?at } } }
             { SELECT ?at ?place WHERE { GRAPH <graph/merged> { ?at rdfs:label ?place } } } }
  # evidence of this query's kind of event only (the rows are the same): the join then reads far fewer
  OPTIONAL { { SELECT ?event WHERE { GRAPH <graph/merged> { ?event kg:predicate kg:meets } } }
             { SELECT ?event ?ev WHERE { GRAPH <graph/merged> { ?event kg:evidence ?ev } } }
             { SELECT ?ev ?art WHERE { GRAPH <graph/merged> { ?ev prov:wasDerivedFrom ?art } } }
             OPTIONAL { SELECT ?art ?headline WHERE { GRAPH <graph/merged> { ?art schema:headline ?headline } } }
             OPTIONAL { SELECT ?art ?file WHERE { GRAPH <graph/merged> { ?art kg:fileName ?file } } } }
  BIND(COALESCE(?headline, ?file) AS ?article)
}
ORDER BY ?date ?who ?met ?mode ?place ?article"""
_CONTACTS = """
SELECT DISTINCT ?date ?from ?contact ?to ?mode ?sentence ?a ?b WHERE {
  { SELECT ?event ?predicate WHERE { GRAPH <graph/merged> { ?event kg:predicate ?predicate }
      FILTER(?predicate IN (kg:meets, kg:visits, kg:congratulates, kg:praises, kg:urges, kg:criticizes, kg:cooperatesWith)) } }
  { SELECT ?event ?a WHERE { GRAPH <graph/merged> { ?event kg:agent ?a } } }
  { SELECT ?event ?b WHERE { GRAPH <graph/merged> { ?event kg:target ?b } } }
  { SELECT ?a ?from WHERE { GRAPH <graph/merged> { ?a a kg:Person ; rdfs:label ?from } } }
  { SELECT ?b ?to WHERE { GRAPH <graph/merged> { ?b a kg:Person ; rdfs:label ?to } } }
  FILTER(?a != ?b)
  OPTIONAL { SELECT ?event ?date WHERE { GRAPH <graph/merged> { ?event kg:date ?date } } }
  OPTIONAL { SELECT ?event ?mode WHERE { GRAPH <graph/merged> { ?event kg:mode ?mode } } }
  # evidence of this query's kind of event only (the rows are the same): the join then reads far fewer
  OPTIONAL { { SELECT ?event WHERE { GRAPH <graph/merged> { ?event kg:predicate ?stated }
                 FILTER(?stated IN (kg:meets, kg:visits, kg:congratulates, kg:praises, kg:urges, kg:criticizes, kg:cooperatesWith)) } }
             { SELECT ?event ?ev WHERE { GRAPH <graph/merged> { ?event kg:evidence ?ev } } }
             { SELECT ?ev ?sentence WHERE { GRAPH <graph/merged> { ?ev kg:sentence ?sentence } } } }
  BIND(STRAFTER(STR(?predicate), "#") AS ?contact)
}
ORDER BY ?date ?from ?to ?contact ?mode ?sentence"""

LISTINGS: tuple[Listing, ...] = (
    Listing("meetings", "meetingRow", (("date", "Date"), ("who", "Who"), ("met", "Met"), ("mode", "Mode"),
                                       ("place", "Place"), ("article", "Article")), _MEETINGS),
    Listing("contacts", "contactRow", (("date", "Date"), ("from", "From"), ("contact", "Contact"), ("to", "To"),
                                       ("mode", "Mode"), ("sentence", "Sentence")), _CONTACTS),
)
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def rows(store: ox.Store, iris: Iris, listing: Listing) -> list[ox.Triple]:
    """The triples of the row nodes of ``listing``, found over the merged view of ``store`` (none without one)."""
    row_class, rank_of, party = listing.term(), listing.term("Rank"), listing.term("Party")
    columns = [(name, listing.term(suffix)) for name, suffix in listing.columns]
    ranks: dict[tuple, int] = {}
    nodes: dict[ox.NamedNode, list[ox.Triple]] = {}
    for row in store.query(listing.select, base_iri=iris.base, prefixes=PREFIXES):
        values = tuple(row[name] for name, _ in columns)
        rank = ranks.setdefault(values, len(ranks) + 1)  # the rows come in order: a new one is the next
        parties = sorted({row["a"], row["b"]}, key=str)
        node = ox.NamedNode(str(iris.row(listing.name, *parties, *values)))
        if node in nodes:  # one node per row and pair: the same again from another event adds nothing
            continue
        nodes[node] = [ox.Triple(node, _RDF_TYPE, row_class),
                       ox.Triple(node, rank_of, ox.Literal(str(rank), datatype=_INTEGER)),
                       *(ox.Triple(node, party, entity) for entity in parties),
                       *(ox.Triple(node, prop, value) for (_, prop), value in zip(columns, values)
                         if value is not None)]
    return [t for triples in nodes.values() for t in triples]


def listed(store: ox.Store, iris: Iris) -> list[ox.Triple]:
    """The triples of the row nodes of every listing, found over the merged view of ``store``."""
    return [t for listing in LISTINGS for t in rows(store, iris, listing)]


def kept(store: ox.Store, iris: Iris) -> list[ox.Triple]:
    """The triples of the row nodes that the build graph of ``store`` holds (the last refresh listed them)."""
    build = ox.NamedNode(str(iris.graph("build")))
    nodes = {q.subject for listing in LISTINGS
             for q in store.quads_for_pattern(None, _RDF_TYPE, listing.term(), build)}
    return [ox.Triple(q.subject, q.predicate, q.object) for node in nodes
            for q in store.quads_for_pattern(node, None, None, build)]
