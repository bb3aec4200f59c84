"""Named counts of a build, the same numbers in every output that counts the same thing.

    articles    articles in the store (one named graph each)
    entities    distinct entities of the merged view (entities.jsonl has one line per entity per article)
    mentions    how many times the articles name them (the sum of entities.jsonl's ``mentions``)
    relations   relations found in one article each and reported as having happened (relations.jsonl lines)
    unasserted  relations reported as planned, expected, alleged ... (kept in their article graph only)
    events      the relations merged across articles: one per act, with the articles reporting it
                (events.csv rows, Neo4j relationships stated by the articles)
    facts       distinct (subject, predicate, object) of the events (GraphML/GEXF edges, Graph.relations())
    derived     events the ontology rules derive from the merged ones (ontology/rules/)

``Store.refresh`` records them on the build node (``kg:eventCount`` ...); :func:`counts` reads them. After a
change it counts only what the change reaches (``count_store(keys=...)``) and adds the difference.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, astuple, dataclass
from pathlib import Path

from kg.graph.namespace import PREFIXES

__all__ = ["ARTICLE_COUNTS", "Counts", "count_store", "counts", "read_counts", "COUNT_PROPERTIES"]

# Field -> property of the build node (graph/build) that records it.
COUNT_PROPERTIES = {
    "articles": "articleCount", "entities": "entityCount", "mentions": "entityMentionCount",
    "relations": "relationCount", "unasserted": "unassertedRelationCount", "events": "eventCount",
    "facts": "factCount", "derived": "derivedEventCount",
}


@dataclass(frozen=True, slots=True)
class Counts:
    """What a build holds, each number named for what it counts (see the module docstring)."""

    articles: int = 0
    entities: int = 0
    mentions: int = 0
    relations: int = 0
    unasserted: int = 0
    events: int = 0
    facts: int = 0
    derived: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    def __sub__(self, other: Counts) -> Counts:
        return Counts(*(a - b for a, b in zip(astuple(self), astuple(other), strict=True)))

    def properties(self) -> dict[str, int]:
        """kg property name -> value, as the build node records them (``articleCount`` is written apart)."""
        return {COUNT_PROPERTIES[k]: v for k, v in asdict(self).items() if k != "articles"}

    @property
    def text(self) -> str:
        """One line naming every count, as the build summary and ``kg stats`` print it."""
        return (f"{self.articles} articles: {self.entities} entities ({self.mentions} mentions), "
                f"{self.relations} relations found in articles (and {self.unasserted} not asserted), "
                f"merged into {self.events} events ({self.facts} distinct subject-predicate-object facts), "
                f"{self.derived} derived events")


_ENTITY_CLASSES = "kg:Person kg:Country kg:Organization kg:Place kg:Event kg:Document kg:Policy kg:Entity"
# name -> (query, the variables a VALUES block put at %s restricts it by)
_QUERIES = {
    "articles": ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { %s GRAPH ?g { ?g a kg:ArticleGraph } }", "?g"),
    "entities": ("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { %s GRAPH ?m { ?m a kg:MergedGraph . ?e a ?c ; "
                 f"rdfs:label ?l }} VALUES ?c {{ {_ENTITY_CLASSES} }} }}", "?e"),
    "mentions": ("SELECT (SUM(?k) AS ?n) WHERE { %s GRAPH ?g { ?g a kg:ArticleGraph . ?o a kg:Occurrence ; "
                 "kg:mentionCount ?k } }", "?g"),
    "relations": ("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?g ?x WHERE { %s GRAPH ?g { ?g a kg:ArticleGraph . "
                  "?x kg:predicate ?p ; kg:agent ?a ; kg:target ?t ; kg:evidence ?v . "
                  "FILTER NOT EXISTS { ?x kg:asserted false } } } }", "?g"),
    "unasserted": ("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?g ?x WHERE { %s GRAPH ?g { ?g a kg:ArticleGraph . "
                   "?x kg:predicate ?p ; kg:agent ?a ; kg:target ?t ; kg:evidence ?v ; kg:asserted false } } }", "?g"),
    "events": ("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { %s GRAPH ?m { ?m a kg:MergedGraph . ?x kg:predicate ?p } }",
               "?x"),
    # agent and target first: Oxigraph joins in the order written, and a predicate matches many events
    "facts": ("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?p ?a ?t WHERE { %s GRAPH ?m { "
              "?x kg:agent ?a ; kg:target ?t ; kg:predicate ?p . ?m a kg:MergedGraph } } }", "?p ?a ?t"),
    "derived": ("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { %s GRAPH ?d { ?d a kg:DerivedGraph . ?x kg:predicate ?p } }",
                "?x"),
}
# What one article graph adds to the counts: keyed by its graph name (?g).
ARTICLE_COUNTS = tuple(name for name, (_, variables) in _QUERIES.items() if variables == "?g")


def count_store(store, *, keys: dict[str, Iterable[tuple]] | None = None) -> Counts:
    """Count what the pyoxigraph ``store`` holds (its named graphs; the default graph is not read).

    With ``keys`` (count name -> rows of terms for its variables), count only what those rows reach,
    and nothing for the counts not named: the part of each count that a change can alter. Every count
    is a sum over the values of its variables, so it is counted one row at a time: Oxigraph looks a
    constant up in its indexes, but joins a table of several rows with a scan.
    """
    values = {}
    for name, (text, variables) in _QUERIES.items():
        if keys is None:
            values[name] = _count(store, text % "")
        else:
            rows = {" ".join(map(str, row)) for row in keys.get(name, ())}
            values[name] = sum(_count(store, text % f"VALUES ({variables}) {{ ({row}) }}") for row in rows)
    return Counts(**values)


def _count(store, query: str) -> int:
    row = next(iter(store.query(query, prefixes=PREFIXES)), None)
    term = row["n"] if row is not None else None
    return int(term.value) if term is not None else 0


def counts(*, out: str | Path) -> Counts:
    """The counts of the build at ``out``, as its build node records them (computed when it does not)."""
    from kg.query import open_graph

    return read_counts(open_graph(out))


def read_counts(store) -> Counts:
    """The counts the build node of the pyoxigraph ``store`` records (computed when it does not)."""
    found = {}
    for name, prop in COUNT_PROPERTIES.items():
        rows = list(store.query(f"SELECT ?n WHERE {{ GRAPH ?b {{ ?b a kg:BuildGraph . ?x a kg:Build ; kg:{prop} ?n }} }}",
                                prefixes=PREFIXES))
        if len(rows) != 1:
            return count_store(store)  # a build made before the counts were recorded
        found[name] = int(rows[0]["n"].value)
    return Counts(**found)
