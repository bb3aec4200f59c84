"""The rows of the saved queries ``meetings``, ``contacts``, ``stances`` and ``events``, listed by every refresh into
the build graph.

Finding them over the merged view takes 100 to 450 ms at a million quads, far over what a saved
query may take; ``Store.refresh`` finds them ahead and writes one node per row and pair of entities
it is about into the build graph: the row's columns, the two entities (agent and target of its
events, ``kg:meetingRowParty``) and the row's place in the query's order (``kg:meetingRowRank``, the
same on the nodes of one row). A full refresh lists every row (:func:`listed`); an incremental one
lists again only the rows of the pairs of entities its change reaches (kg.graph.touched,
:func:`relist`: the nodes of a pair come from the events between the two alone), then ranks the
rows again by sorting the build graph's row nodes, not the merged view's events, and rewrites the
ranks that moved. A refresh that finds nothing changed keeps the nodes. The saved queries find the
entities their parameters name, keep the nodes of which those are parties and order the rows by
rank: they read a few thousand triples of the build graph, where the queries below join every
event, evidence and article of the merged view. (Ordered by their columns instead of a rank, the
saved queries took 41 and 58 ms at a million quads instead of 9 and 17: the engine reads the names
and sentences it compares from the store.)

    <build/row/{hash}> a kg:MeetingRow ; kg:meetingRowParty <entity/person/wang-yi> , <entity/person/penny-wong> ;
        kg:meetingRowDate "2024-03-20"^^xsd:date ; kg:meetingRowWho "Wang Yi" ; kg:meetingRowMet "Penny Wong" ;
        kg:meetingRowMode "in_person" ; kg:meetingRowArticle "Wang Yi meets Penny Wong" ; kg:meetingRowRank 12 .

and likewise kg:ContactRow (kg:contactRowDate, From, Contact, To, Mode, Sentence, Party and Rank),
kg:StanceRow (kg:stanceRowWho, Stance, What, Date, Sentence, Party, Rank and Actor) and kg:EventRow
(kg:eventRowPlover, Cameo, Source, SourceCode, Predicate, Target, TargetCode, Date, Sentence, Party and Rank).

A node is a row and a pair because a parameter names entities, not names: two entities of one name
give the same row, and ``contacts`` with both parameters wants the rows of the pair the two name.
``stances`` names the agent alone (``actor``): its nodes name it too (kg:stanceRowActor) and are one per
row and agent and target, so that the one's stance on the other and the other's on the one, under the
same names, stay two nodes. Its events, and those of ``events``, may have one entity as agent and target:
such a node has one party, and is relisted with the pair of that entity with itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.graph.iri import Iris
from kg.graph.merge import RDF_TYPE
from kg.graph.namespace import KG, PREFIXES

__all__ = ["LISTINGS", "Listing", "listed", "relist", "rows"]


@dataclass(frozen=True, slots=True)
class Listing:
    """A saved query whose rows every refresh lists: the stem of its row nodes' class and properties
    (``meetingRow``: kg:MeetingRow, kg:meetingRowRank, kg:meetingRowParty, kg:meetingRowDate ...), its columns
    (query variable, property suffix), the query giving its rows with the entities of each (``?a``, ``?b``) in
    the saved query's order and the same query for the events it is given (``%s``: the IRIs of a VALUES
    block), which looks those up, unordered; ``actor``: the suffix of a property naming the agent (``?a``)
    alone, for a saved query whose parameter names the agent only.

    Each listing has properties of its own: the saved query then reads its own rows' triples only.
    """

    name: str
    terms: str
    columns: tuple[tuple[str, str], ...]
    select: str
    events: str
    actor: str = ""

    def term(self, suffix: str = "") -> ox.NamedNode:
        """The class (no suffix) or a property of this listing's row nodes."""
        local = self.terms[0].upper() + self.terms[1:] if not suffix else self.terms + suffix
        return ox.NamedNode(str(KG[local]))


# The saved queries as they read the merged view before the rows were listed, without their parameters
# and with the agent and target of each row: their rows, ordered as the saved queries order them, are
# those of tests/interfaces/reference_queries/meetings.rq, contacts.rq and stances.rq. Each property is
# its own sub-query, joined on its keys (the engine reads each once in a row instead of event by event).
# The same for a few events (``_*_EVENTS``) looks each property up event by event instead (its VALUES
# inside the GRAPH block: outside, the engine reads the whole graph before joining them).
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
_MEETING_EVENTS = """
SELECT DISTINCT ?date ?who ?met ?mode ?place ?article ?a ?b WHERE {
  GRAPH <graph/merged> {
    VALUES ?event { %s }
    ?event kg:predicate kg:meets ; kg:agent ?a ; kg:target ?b .
    ?a rdfs:label ?who . ?b rdfs:label ?met .
    FILTER(?a != ?b)
    OPTIONAL { ?event kg:date ?date }
    OPTIONAL { ?event kg:mode ?mode }
    OPTIONAL { ?event kg:place ?at . ?at rdfs:label ?place }
    OPTIONAL { ?event kg:evidence ?ev . ?ev prov:wasDerivedFrom ?art .
               OPTIONAL { ?art schema:headline ?headline } OPTIONAL { ?art kg:fileName ?file } } }
  BIND(COALESCE(?headline, ?file) AS ?article)
}"""
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
_CONTACT_EVENTS = """
SELECT DISTINCT ?date ?from ?contact ?to ?mode ?sentence ?a ?b WHERE {
  GRAPH <graph/merged> {
    VALUES ?event { %s }
    ?event kg:predicate ?predicate ; kg:agent ?a ; kg:target ?b .
    FILTER(?predicate IN (kg:meets, kg:visits, kg:congratulates, kg:praises, kg:urges, kg:criticizes, kg:cooperatesWith))
    ?a a kg:Person ; rdfs:label ?from . ?b a kg:Person ; rdfs:label ?to .
    FILTER(?a != ?b)
    OPTIONAL { ?event kg:date ?date }
    OPTIONAL { ?event kg:mode ?mode }
    OPTIONAL { ?event kg:evidence ?ev . ?ev kg:sentence ?sentence } }
  BIND(STRAFTER(STR(?predicate), "#") AS ?contact)
}"""

# Unlike the other two, an entity's stance on itself is a row: the saved query never asked for two entities.
_STANCES = """
SELECT DISTINCT ?who ?stance ?what ?date ?sentence ?a ?b WHERE {
  { SELECT ?event ?predicate WHERE { GRAPH <graph/merged> { ?event kg:predicate ?predicate }
      FILTER(?predicate IN (kg:supports, kg:opposes, kg:criticizes)) } }
  { SELECT ?event ?a WHERE { GRAPH <graph/merged> { ?event kg:agent ?a } } }
  { SELECT ?event ?b WHERE { GRAPH <graph/merged> { ?event kg:target ?b } } }
  { SELECT ?a ?who WHERE { GRAPH <graph/merged> { ?a rdfs:label ?who } } }
  { SELECT ?b ?what WHERE { GRAPH <graph/merged> { ?b rdfs:label ?what } } }
  OPTIONAL { SELECT ?event ?date WHERE { GRAPH <graph/merged> { ?event kg:date ?date } } }
  # evidence of this query's kind of event only (the rows are the same): the join then reads far fewer
  OPTIONAL { { SELECT ?event WHERE { GRAPH <graph/merged> { ?event kg:predicate ?stated }
                 FILTER(?stated IN (kg:supports, kg:opposes, kg:criticizes)) } }
             { SELECT ?event ?ev WHERE { GRAPH <graph/merged> { ?event kg:evidence ?ev } } }
             { SELECT ?ev ?sentence WHERE { GRAPH <graph/merged> { ?ev kg:sentence ?sentence } } } }
  BIND(STRAFTER(STR(?predicate), "#") AS ?stance)
}
ORDER BY ?who ?stance ?what ?date ?sentence"""
_STANCE_EVENTS = """
SELECT DISTINCT ?who ?stance ?what ?date ?sentence ?a ?b WHERE {
  GRAPH <graph/merged> {
    VALUES ?event { %s }
    ?event kg:predicate ?predicate ; kg:agent ?a ; kg:target ?b .
    FILTER(?predicate IN (kg:supports, kg:opposes, kg:criticizes))
    ?a rdfs:label ?who . ?b rdfs:label ?what .
    OPTIONAL { ?event kg:date ?date }
    OPTIONAL { ?event kg:evidence ?ev . ?ev kg:sentence ?sentence } }
  BIND(STRAFTER(STR(?predicate), "#") AS ?stance)
}"""

# Unlike meetings and contacts, an event of an entity on itself is a row, as in stances.
_EVENTS = """
SELECT DISTINCT ?plover ?cameo ?source ?sourceCode ?predicate ?target ?targetCode ?date ?sentence ?a ?b WHERE {
  { SELECT ?event ?plover WHERE { GRAPH <graph/merged> { ?event kg:plover ?plover } } }
  { SELECT ?event ?p WHERE { GRAPH <graph/merged> { ?event kg:predicate ?p } } }
  { SELECT ?event ?a WHERE { GRAPH <graph/merged> { ?event kg:agent ?a } } }
  { SELECT ?event ?b WHERE { GRAPH <graph/merged> { ?event kg:target ?b } } }
  { SELECT ?a ?source WHERE { GRAPH <graph/merged> { ?a rdfs:label ?source } } }
  { SELECT ?b ?target WHERE { GRAPH <graph/merged> { ?b rdfs:label ?target } } }
  OPTIONAL { SELECT ?event ?cameo WHERE { GRAPH <graph/merged> { ?event kg:cameo ?cameo } } }
  OPTIONAL { SELECT ?event ?sourceCode WHERE { GRAPH <graph/merged> { ?event kg:agentCode ?sourceCode } } }
  OPTIONAL { SELECT ?event ?targetCode WHERE { GRAPH <graph/merged> { ?event kg:targetCode ?targetCode } } }
  OPTIONAL { SELECT ?event ?date WHERE { GRAPH <graph/merged> { ?event kg:date ?date } } }
  OPTIONAL { { SELECT ?event ?ev WHERE { GRAPH <graph/merged> { ?event kg:evidence ?ev } } }
             { SELECT ?ev ?sentence WHERE { GRAPH <graph/merged> { ?ev kg:sentence ?sentence } } } }
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
}
ORDER BY ?plover ?date ?source ?target ?cameo ?sourceCode ?predicate ?targetCode ?sentence"""
_EVENT_EVENTS = """
SELECT DISTINCT ?plover ?cameo ?source ?sourceCode ?predicate ?target ?targetCode ?date ?sentence ?a ?b WHERE {
  GRAPH <graph/merged> {
    VALUES ?event { %s }
    ?event kg:plover ?plover ; kg:predicate ?p ; kg:agent ?a ; kg:target ?b .
    ?a rdfs:label ?source . ?b rdfs:label ?target .
    OPTIONAL { ?event kg:cameo ?cameo }
    OPTIONAL { ?event kg:agentCode ?sourceCode }
    OPTIONAL { ?event kg:targetCode ?targetCode }
    OPTIONAL { ?event kg:date ?date }
    OPTIONAL { ?event kg:evidence ?ev . ?ev kg:sentence ?sentence } }
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
}"""

LISTINGS: tuple[Listing, ...] = (
    Listing("meetings", "meetingRow", (("date", "Date"), ("who", "Who"), ("met", "Met"), ("mode", "Mode"),
                                       ("place", "Place"), ("article", "Article")), _MEETINGS, _MEETING_EVENTS),
    Listing("contacts", "contactRow", (("date", "Date"), ("from", "From"), ("contact", "Contact"), ("to", "To"),
                                       ("mode", "Mode"), ("sentence", "Sentence")), _CONTACTS, _CONTACT_EVENTS),
    Listing("stances", "stanceRow", (("who", "Who"), ("stance", "Stance"), ("what", "What"), ("date", "Date"),
                                     ("sentence", "Sentence")), _STANCES, _STANCE_EVENTS, actor="Actor"),
    Listing("events", "eventRow", (("plover", "Plover"), ("cameo", "Cameo"), ("source", "Source"),
                                   ("sourceCode", "SourceCode"), ("predicate", "Predicate"), ("target", "Target"),
                                   ("targetCode", "TargetCode"), ("date", "Date"), ("sentence", "Sentence")),
            _EVENTS, _EVENT_EVENTS),
)
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_AGENT, _TARGET = (ox.NamedNode(str(KG[p])) for p in ("agent", "target"))


def _rows(listing: Listing, iris: Iris, found: Iterable[ox.QuerySolution], *, ranked: bool) -> list[ox.Triple]:
    """The triples of the row nodes of ``listing`` from the rows ``found`` by one of its queries; ``ranked``: with
    the rank of each row, the rows coming in the saved query's order."""
    row_class, rank_of, party = listing.term(), listing.term("Rank"), listing.term("Party")
    columns = [(name, listing.term(suffix)) for name, suffix in listing.columns]
    ranks: dict[tuple, int] = {}
    nodes: dict[ox.NamedNode, list[ox.Triple]] = {}
    for row in found:
        values = tuple(row[name] for name, _ in columns)
        rank = ranks.setdefault(values, len(ranks) + 1)  # the rows come in order: a new one is the next
        parties = sorted({row["a"], row["b"]}, key=str)
        agent = (row["a"],) if listing.actor else ()  # the agent apart: the one's stance and the other's differ
        node = ox.NamedNode(str(iris.row(listing.name, *agent, *parties, *values)))
        if node in nodes:  # one node per row and pair: the same again from another event adds nothing
            continue
        nodes[node] = [ox.Triple(node, RDF_TYPE, row_class),
                       *([ox.Triple(node, rank_of, _integer(rank))] if ranked else []),
                       *(ox.Triple(node, party, entity) for entity in parties),
                       *(ox.Triple(node, listing.term(listing.actor), a) for a in agent),
                       *(ox.Triple(node, prop, value) for (_, prop), value in zip(columns, values)
                         if value is not None)]
    return [t for triples in nodes.values() for t in triples]


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INTEGER)


def rows(store: ox.Store, iris: Iris, listing: Listing) -> list[ox.Triple]:
    """The triples of the row nodes of ``listing``, found over the merged view of ``store`` (none without one)."""
    return _rows(listing, iris, store.query(listing.select, base_iri=iris.base, prefixes=PREFIXES), ranked=True)


def listed(store: ox.Store, iris: Iris) -> list[ox.Triple]:
    """The triples of the row nodes of every listing, found over the merged view of ``store``."""
    return [t for listing in LISTINGS for t in rows(store, iris, listing)]


def relist(store: ox.Store, iris: Iris, pairs: Iterable[tuple[ox.NamedNode, ox.NamedNode]]) -> None:
    """Write the row nodes of ``pairs`` of entities (each sorted by IRI; an entity with itself too) anew into the
    build graph of ``store``, from the events between the two of each pair in its merged view."""
    build, merged = (ox.NamedNode(str(iris.graph(kind))) for kind in ("build", "merged"))
    pairs = set(pairs)
    if not pairs:
        return

    def between(a: ox.NamedNode, b: ox.NamedNode) -> set[ox.NamedNode]:
        return {q.subject for q in store.quads_for_pattern(None, _AGENT, a, merged)
                if ox.Quad(q.subject, _TARGET, b, merged) in store}

    events = sorted({e for a, b in pairs for e in between(a, b) | between(b, a)}, key=str)
    for listing in LISTINGS:
        party = listing.term("Party")
        old = {node for a, b in pairs for node in _nodes(store, build, party, a, b)}
        for quad in [q for node in old for q in store.quads_for_pattern(node, None, None, build)]:
            store.remove(quad)
        if events:
            found = [row for row in store.query(listing.events % " ".join(str(e) for e in events),
                                                base_iri=iris.base, prefixes=PREFIXES)
                     if (row["a"], row["b"]) in pairs or (row["b"], row["a"]) in pairs]
            store.extend([ox.Quad(t.subject, t.predicate, t.object, build)
                          for t in _rows(listing, iris, found, ranked=False)])
        _rerank(store, iris, listing)


def _nodes(store: ox.Store, build: ox.NamedNode, party: ox.NamedNode, a: ox.NamedNode,
           b: ox.NamedNode) -> set[ox.NamedNode]:
    """The row nodes in ``build`` whose parties (``party``) are ``a`` and ``b``: both, or ``a`` alone when the two are
    one (a node of an entity with itself; those of the entity with another have it too)."""
    return {q.subject for q in store.quads_for_pattern(None, party, a, build)
            if ox.Quad(q.subject, party, b, build) in store
            and (a != b or sum(1 for _ in store.quads_for_pattern(q.subject, party, None, build)) == 1)}


def _order(listing: Listing) -> str:
    """The query giving the row nodes of ``listing`` in the build graph with their columns, in the saved query's
    order (each column its own sub-query, as the saved query reads them)."""
    names = " ".join(f"?{name}" for name, _ in listing.columns)
    columns = "\n".join(f"  OPTIONAL {{ SELECT ?row ?{name} WHERE {{ GRAPH <graph/build> "
                        f"{{ ?row {listing.term(suffix)} ?{name} }} }} }}" for name, suffix in listing.columns)
    rows = f"{{ SELECT ?row WHERE {{ GRAPH <graph/build> {{ ?row a {listing.term()} }} }} }}"
    return f"SELECT ?row {names} WHERE {{\n  {rows}\n{columns}\n}}\nORDER BY{listing.select.rsplit('ORDER BY', 1)[1]}"


def _rerank(store: ox.Store, iris: Iris, listing: Listing) -> None:
    """Rank the row nodes of ``listing`` in the build graph of ``store`` again, in the saved query's order: one
    sort of the build graph's rows (not of the merged view's events), and only the ranks that moved rewritten."""
    build, rank_of = ox.NamedNode(str(iris.graph("build"))), listing.term("Rank")
    old = {q.subject: q for q in store.quads_for_pattern(None, rank_of, None, build)}
    ranks: dict[tuple, int] = {}
    new = {}
    for row in store.query(_order(listing), base_iri=iris.base, prefixes=PREFIXES):
        rank = ranks.setdefault(tuple(row[name] for name, _ in listing.columns), len(ranks) + 1)
        new[row["row"]] = ox.Quad(row["row"], rank_of, _integer(rank), build)
    for node, quad in old.items():
        if new.get(node) != quad:
            store.remove(quad)
    store.extend([quad for node, quad in new.items() if old.get(node) != quad])
