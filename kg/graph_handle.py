"""A build folder opened for reading from Python: ``kg.open(out)`` returns a ``Graph``.

    >>> import kg
    >>> graph = kg.open("output")                 # the folder `make demo` or `kg build` wrote
    >>> graph
    Graph('output')
    >>> row = graph.entities()[0]                 # every table is a QueryResult: rows as dicts
    >>> sorted(row)
    ['aliases', 'articles', 'iri', 'name', 'type']
    >>> sorted(graph.relations()[0])
    ['articles', 'events', 'object', 'object_type', 'predicate', 'subject', 'subject_type']
    >>> meetings = graph.query("meetings", person="Wang Yi")   # a saved query, SPARQL text or a .rq file
    >>> meetings.variables
    ('date', 'who', 'met', 'mode', 'place', 'article')
    >>> graph.to_networkx().number_of_nodes() == len(graph.entities())
    True

``.to_df()`` on any of them gives a pandas DataFrame (``pip install pandas``).
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import KgError
from kg.query_result import QueryResult

__all__ = ["Graph", "ENTITIES", "RELATIONS", "EVENTS"]

_PREFIXES = """PREFIX kg: <https://kg.example.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
_ENTITY_CLASSES = "kg:Person kg:Country kg:Organization kg:Place kg:Event kg:Document kg:Policy kg:Entity"

# One row per entity of the merged view.
ENTITIES = _PREFIXES + f"""
SELECT ?name ?type ?aliases ?articles ?iri WHERE {{
  {{ SELECT ?iri ?name ?class (GROUP_CONCAT(DISTINCT ?alias; separator="; ") AS ?names) (MAX(?count) AS ?articles)
    WHERE {{ GRAPH ?view {{ ?view a kg:MergedGraph . ?iri a ?class ; rdfs:label ?name .
             OPTIONAL {{ ?iri skos:altLabel ?alias }} OPTIONAL {{ ?iri kg:articleCount ?count }} }}
             VALUES ?class {{ {_ENTITY_CLASSES} }} }}
    GROUP BY ?iri ?name ?class }}
  BIND(STRAFTER(STR(?class), "#") AS ?type)
  BIND(IF(?names != "", ?names, ?unbound) AS ?aliases)
}}
ORDER BY DESC(?articles) ?name ?iri"""

# One row per (subject, predicate, object) of the merged view: how many events and articles state it.
RELATIONS = _PREFIXES + """
SELECT ?subject ?predicate ?object ?events ?articles ?subject_type ?object_type WHERE {
  { SELECT ?p ?a ?b (COUNT(DISTINCT ?event) AS ?events) (COUNT(DISTINCT ?article) AS ?articles) WHERE {
      GRAPH ?view { ?event kg:predicate ?p ; kg:agent ?a ; kg:target ?b } ?view a ?kind . VALUES ?kind { KINDS }
      OPTIONAL { ?event kg:source ?article }
    } GROUP BY ?p ?a ?b }
  GRAPH ?merged { ?merged a kg:MergedGraph . ?a rdfs:label ?subject ; a ?sc . ?b rdfs:label ?object ; a ?oc . }
  VALUES ?sc { CLASSES } VALUES ?oc { CLASSES }
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
  BIND(STRAFTER(STR(?sc), "#") AS ?subject_type) BIND(STRAFTER(STR(?oc), "#") AS ?object_type)
}
ORDER BY DESC(?articles) ?predicate ?subject ?object""".replace("CLASSES", _ENTITY_CLASSES)

# One row per merged event (a relation as reported, with its date, place, mode, evidence...);
# what an event may have several of (places, speakers, articles) is "; "-joined.
EVENTS = _PREFIXES + """
SELECT ?date ?subject ?predicate ?object ?place ?mode ?role ?speaker ?modality ?cameo ?plover ?confidence
       ?sentence ?articles ?iri WHERE {
  { SELECT ?iri (SAMPLE(?text) AS ?sentence) (GROUP_CONCAT(DISTINCT ?file; separator="; ") AS ?files)
           (GROUP_CONCAT(DISTINCT ?placeName; separator="; ") AS ?places)
           (GROUP_CONCAT(DISTINCT ?speakerName; separator="; ") AS ?speakers) WHERE {
      GRAPH ?view { ?iri kg:predicate ?p } ?view a ?kind . VALUES ?kind { KINDS }
      OPTIONAL { ?iri kg:evidence/kg:sentence ?text }
      OPTIONAL { ?iri kg:source ?source . GRAPH ?m { ?m a kg:MergedGraph . ?source kg:fileName ?file } }
      OPTIONAL { ?iri kg:place ?where . GRAPH ?m1 { ?m1 a kg:MergedGraph . ?where rdfs:label ?placeName } }
      OPTIONAL { ?iri kg:speaker ?who . GRAPH ?m2 { ?m2 a kg:MergedGraph . ?who rdfs:label ?speakerName } }
    } GROUP BY ?iri }
  ?iri kg:predicate ?p ; kg:agent ?a ; kg:target ?b .
  OPTIONAL { ?iri kg:date ?date } OPTIONAL { ?iri kg:mode ?mode } OPTIONAL { ?iri kg:role ?role }
  OPTIONAL { ?iri kg:modality ?modality } OPTIONAL { ?iri kg:cameo ?cameo } OPTIONAL { ?iri kg:plover ?plover }
  OPTIONAL { ?iri kg:confidence ?confidence }
  GRAPH ?merged { ?merged a kg:MergedGraph . ?a rdfs:label ?subject . ?b rdfs:label ?object }
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
  BIND(IF(?places != "", ?places, ?unbound) AS ?place)
  BIND(IF(?speakers != "", ?speakers, ?unbound) AS ?speaker)
  BIND(IF(?files != "", ?files, ?unbound) AS ?articles)
}
ORDER BY ?date ?predicate ?subject ?object ?iri"""


def _kinds(derived: bool) -> str:
    return "kg:MergedGraph kg:DerivedGraph" if derived else "kg:MergedGraph"


class Graph:
    """A kg build folder, read through SPARQL: entities, relations, events, networkx, exports.

    The folder is read, never changed (``export`` writes only where it is told, or inside it as
    ``kg export`` does). Every table is a ``QueryResult``: print it, iterate its rows as dicts,
    or call ``.to_df()``.
    """

    report = None  # the BuildReport when kg.build_graph made it

    def __init__(self, out: str | Path = "output") -> None:
        from kg.query import find_nquads

        self.out = Path(out)
        if not (self.out / "store").is_dir() and find_nquads(self.out) is None:
            raise KgError(f"no kg build in {out}: build one first, with kg.build_graph(INPUTS, out={str(out)!r}) "
                          f"or `kg build INPUTS -o {out}`")

    def __repr__(self) -> str:
        return f"Graph({str(self.out)!r})"

    def query(self, query: str, params: dict[str, str] | None = None, **more: str) -> QueryResult:
        """Run SPARQL text, a ``.rq`` file or a saved query by name; parameters as a dict or keywords.

        ``graph.query("stances", actor="China")`` is ``kg query stances --param actor=China``.
        """
        from kg.query import query as run

        return run(query, out=self.out, params={**(params or {}), **more} or None)

    def entities(self) -> QueryResult:
        """One row per entity: name, type, aliases ("; "-joined), articles (how many mention it), iri."""
        return self.query(ENTITIES)

    def relations(self, *, derived: bool = False) -> QueryResult:
        """One row per subject, predicate and object, with the number of events and articles stating it.

        ``derived=True`` adds the facts the ontology rules derive (``ontology/rules/``).
        """
        return self.query(RELATIONS.replace("KINDS", _kinds(derived)))

    def events(self, *, derived: bool = False) -> QueryResult:
        """One row per reported event: date, subject, predicate, object, place, mode, role, speaker,
        modality, CAMEO and PLOVER codes, confidence, one evidence sentence, the articles, its iri."""
        return self.query(EVENTS.replace("KINDS", _kinds(derived)))

    def to_networkx(self, *, derived: bool = False):
        """The entity graph as a ``networkx.MultiDiGraph`` (nodes: entity IRIs with label and type;
        one edge per predicate and pair, with weight = reporting articles), as graph.graphml holds it."""
        from kg.graph import entity_graph
        from kg.query import open_graph

        return entity_graph(open_graph(self.out), derived=derived)

    def export(self, fmt: str | None = None, dest: str | Path | None = None) -> Path:
        """Write the graph as ``fmt`` (see ``kg formats``; guessed from ``dest``'s suffix when omitted)
        to ``dest`` (default: its usual place in the build folder); returns the path written."""
        from kg.export import format_for
        from kg.graph import export_build

        if fmt is None:
            if dest is None:
                raise KgError("give a format (see `kg formats`) or a destination with a known suffix")
            fmt = format_for(dest)
        return export_build(out=self.out, fmt=fmt, dest=dest)
