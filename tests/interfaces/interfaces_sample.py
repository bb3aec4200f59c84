"""A small real build made from hand-written records: two articles, one of them hostile.

Its events carry CAMEO and PLOVER codes (a leading zero among them: "050") and actor codes.

The hostile article carries markup in its title, source, an entity name and a sentence: no HTML
view may run it. The build goes through the real Store (article graphs, merged and derived views).
"""

from __future__ import annotations

from pathlib import Path

from kg.config import Config
from kg.records import Article, Entity, Extraction, Relation

DEFAULT_BASE_IRI = Config().base_iri

HOSTILE_TITLE = "Talks <script>window.__pwned = 1</script> {{VIS_SCRIPT}} {{DATA}} end"
HOSTILE_ORG = "United Nations <img src=x onerror=window.__pwned=2>"
HOSTILE_SENTENCE = 'Wang met Lavrov <img src=x onerror="window.__pwned=3"> in Beijing </script><script>window.__pwned=4</script>.'


def _rel(s, st, p, o, ot, sentence, start, **kw) -> Relation:
    return Relation(s, st, p, o, ot, sentence, start, start + len(sentence), **kw)


def sample_extractions() -> list[Extraction]:
    """Two articles' extractions following the records contract."""
    one_body = ("Chinese Foreign Minister Wang Yi talked with Sergei Lavrov via phone on Thursday. "
                "China and Russia oppose hegemonism.")
    first, second = one_body.split(". ", 1)
    one = Article("one.txt", one_body, title="Wang Yi talks with Lavrov", published="2022-10-28",
                  source="Global Times", url="https://example.org/one", sha256="a" * 64)
    two_body = f"{HOSTILE_SENTENCE} China will work with the UN."
    two = Article("two.txt", two_body, title=HOSTILE_TITLE, published="2022-11-02",
                  source="<b>Evil</b> Wire", sha256="b" * 64)
    people = (Entity("Wang Yi", "Person", ("Wang",), 2), Entity("Sergei Lavrov", "Person", ("Lavrov",), 1))
    return [
        Extraction(one, people + (Entity("China", "Country", ("Beijing",), 1, "CHN"),
                                  Entity("Russia", "Country", (), 1, "RUS"), Entity("hegemonism", "Policy")), (), (
            _rel("Wang Yi", "Person", "meets", "Sergei Lavrov", "Person", first + ".", 0,
                 date="2022-10-27", mode="phone", confidence=0.9, rule="talk-with", cameo="040", plover="CONSULT",
                 plover_mode="phone", subject_code="CHNGOV", object_code="RUSGOV"),
            _rel("Wang Yi", "Person", "holdsPosition", "China", "Country", "Chinese Foreign Minister Wang Yi", 0,
                 role="Foreign Minister", confidence=0.8, rule="title"),
            _rel("China", "Country", "opposes", "hegemonism", "Policy", second, len(first) + 2, date="2022-10-27",
                 confidence=0.7, rule="oppose"),
            _rel("Russia", "Country", "opposes", "hegemonism", "Policy", second, len(first) + 2, date="2022-10-27",
                 confidence=0.7, rule="oppose"),
        )),
        Extraction(two, people + (Entity("China", "Country", ("Beijing",), 1, "CHN"),
                                  Entity(HOSTILE_ORG, "Organization")), (), (
            _rel("Sergei Lavrov", "Person", "meets", "Wang Yi", "Person", HOSTILE_SENTENCE, 0,
                 date="2022-11-01", mode="in_person", place="China", confidence=0.85, rule="meet", cameo="040",
                 plover="CONSULT", subject_code="RUSGOV", object_code="CHNGOV"),
            _rel("China", "Country", "cooperatesWith", HOSTILE_ORG, "Organization", two_body[len(HOSTILE_SENTENCE) + 1:],
                 len(HOSTILE_SENTENCE) + 1, date="2022-11-01", confidence=0.6, rule="cooperate", cameo="050",
                 plover="COOPERATE", subject_code="CHN"),
        )),
    ]


def build_sample(out: Path, base_iri: str = DEFAULT_BASE_IRI) -> Path:
    """Store the sample extractions in ``out/store`` under ``base_iri``, derive the views and dump ``out/graph.nq``."""
    import pyoxigraph as ox

    from kg.graph import Store

    with Store(out / "store", base_iri=base_iri) as store:
        for extraction in sample_extractions():
            store.add(extraction)
        store.refresh()
        store.ox.dump(str(out / "graph.nq"), ox.RdfFormat.N_QUADS)
    return out


# Every saved query as a user runs it on this sample: bare, and narrowed by each of its parameters.
SAVED_QUERY_CASES = (
    ("active", {}), ("contacts", {}), ("contacts", {"first": "Wang Yi", "second": "Sergei Lavrov"}),
    ("events", {}), ("events", {"type": "CONSULT"}), ("events", {"actor": "Beijing"}),
    ("evidence", {}), ("evidence", {"predicate": "meets", "subject": "Wang Yi"}),
    ("evidence", {"subject": "China", "predicate": "opposes", "object": "hegemonism"}),
    ("meetings", {}), ("meetings", {"person": "Lavrov"}), ("positions", {}),
    ("positions", {"person": "https://kg.example.org/entity/person/wang-yi"}),
    ("stances", {}), ("stances", {"actor": "China"}),
)
# Queries without GRAPH: they see the default graph, the merged view plus derived facts, each fact once.
DEFAULT_GRAPH_QUERIES = (
    "SELECT ?s ?o WHERE { ?s <https://kg.example.org/ontology#opposes> ?o }",
    "SELECT ?s ?o WHERE { ?s <https://kg.example.org/ontology#meets> ?o }",
    "SELECT ?e ?label WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
)


def rows_of(result) -> list[tuple]:
    """A kg QueryResult as sorted rows of plain values (what a SPARQL JSON result's "value"s hold)."""
    return sorted(tuple("" if r[v] is None else str(r[v]) for v in result.variables) for r in result.dicts())


def rows_of_json(answer: dict, variables) -> list[tuple]:
    """A SPARQL 1.1 JSON result as the same sorted rows."""
    return sorted(tuple(b.get(v, {}).get("value", "") for v in variables) for b in answer["results"]["bindings"])
