"""RDF exports parse back with pyoxigraph to the same quads; JSONL files follow GOLD.md."""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest

from kg.export import COMMON_FORMATS, export, format_for
from kg.export.rdf import dataset_quads, view_triples
from kg.graph import export_build, open_store
from kg.graph.namespace import KG

RDF_FORMATS = {  # format -> (pyoxigraph format, whole dataset?)
    "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "rdfxml": (ox.RdfFormat.RDF_XML, False),
    "jsonld": (ox.RdfFormat.JSON_LD, False),
}
GOLD_FIELDS = ["article", "subject", "subject_type", "predicate", "object", "object_type", "sentence", "start",
               "end", "date", "confidence"]
EXTRA_FIELDS = {"mode", "place", "role", "speaker", "modality", "cameo", "rule", "trigger", "date_source", "plover",
                "plover_mode", "plover_context", "subject_code", "object_code", "subject_text", "object_text"}
IRI_FIELDS = ["subject_iri", "object_iri", "event_iri", "relation_iri", "article_iri"]  # last, after the others


@pytest.fixture
def store(out):
    with open_store(out) as s:
        yield s


def _as_set(items) -> set[str]:
    return {str(x) for x in items}


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_round_trip(store, tmp_path, fmt):
    oxformat, whole = RDF_FORMATS[fmt]
    dest = tmp_path / f"out{format_for_suffix(fmt)}"
    assert export(store.dataset, fmt, dest) is None
    parsed = list(ox.parse(path=str(dest), format=oxformat))
    expected = dataset_quads(store.dataset) if whole else view_triples(store.dataset)
    if not whole:
        parsed = [ox.Triple(q.subject, q.predicate, q.object) for q in parsed]
    assert _as_set(parsed) == _as_set(expected)
    assert not any(isinstance(t, ox.BlankNode) for q in parsed for t in (q.subject, q.object))


def format_for_suffix(fmt: str) -> str:
    return {"trig": ".trig", "nquads": ".nq", "turtle": ".ttl", "ntriples": ".nt", "rdfxml": ".rdf",
            "jsonld": ".jsonld"}[fmt]


def test_suffixes_name_the_formats():
    for fmt, suffix in (("trig", ".trig"), ("nquads", ".nq"), ("turtle", ".ttl"), ("ntriples", ".nt"),
                        ("rdfxml", ".rdf"), ("jsonld", ".jsonld")):
        assert format_for(f"x/graph{suffix}") == fmt
    assert format_for("out/relations.jsonl") == "relations"
    assert format_for("out/entities.jsonl") == "entities"


def test_trig_has_one_named_graph_per_article_and_the_merged_view_as_default_graph(store):
    quads = list(ox.parse(export(store.dataset, "trig"), format=ox.RdfFormat.TRIG))
    graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    articles = {g for g in graphs if "/graph/article/" in g}
    assert len(articles) == 3
    assert graphs - articles == {f"{store.iris.base}graph/{k}" for k in ("merged", "derived", "build")}
    default = {ox.Triple(q.subject, q.predicate, q.object) for q in quads if isinstance(q.graph_name, ox.DefaultGraph)}
    assert default == set(view_triples(store.dataset)) and default
    first = next(iter(ox.parse(export(store.dataset, "nquads"), format=ox.RdfFormat.N_QUADS)))
    assert isinstance(first.graph_name, ox.DefaultGraph)  # the default graph first, then the named graphs


def test_exports_are_byte_stable(store):
    for fmt in ("turtle", "nquads", "jsonld", "relations", "entities"):
        assert export(store.dataset, fmt) == export(store.dataset, fmt)


def test_jsonld_is_compacted_with_the_context(store):
    doc = json.loads(export(store.dataset, "jsonld"))
    assert doc["@context"]["kg"] == "https://kg.example.org/ontology#"
    text = json.dumps(doc)
    assert '"label"' in text and '"agent"' in text  # terms from the context, not full IRIs


def test_relations_jsonl_has_one_line_per_relation_per_article(store, extractions):
    lines = export(store.dataset, "relations").decode().splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == sum(len(e.relations) for e in extractions)
    for row in rows:
        assert list(row)[: len(GOLD_FIELDS)] == GOLD_FIELDS and list(row)[-len(IRI_FIELDS):] == IRI_FIELDS
        assert set(row) - set(GOLD_FIELDS) - set(IRI_FIELDS) == EXTRA_FIELDS
    expected = sorted((e.article.id, r.subject, r.subject_type, r.predicate, r.object, r.object_type, r.sentence,
                       r.start, r.end, r.date, r.confidence, r.mode, r.role, r.speaker, r.modality)
                      for e in extractions for r in e.relations)
    got = sorted((r["article"], r["subject"], r["subject_type"], r["predicate"], r["object"], r["object_type"],
                  r["sentence"], r["start"], r["end"], r["date"], r["confidence"], r["mode"], r["role"],
                  r["speaker"], r["modality"]) for r in rows)
    assert got == expected
    # stated relations in text order (by sentence, then by where the trigger word stands in it: the meeting of
    # "Xi met Putin, who later visited …" before the visit), then the derived ones
    def at(r):
        found = re.search(rf"\b{re.escape(r['trigger'])}\b", r["sentence"]) if r["trigger"] else None
        return found.start() if found else len(r["sentence"])

    assert rows == sorted(rows, key=lambda r: (r["article"], r["rule"].startswith("derived:"), r["start"], r["end"],
                                               at(r), r["predicate"], r["subject"], r["object"],
                                               json.dumps(r, sort_keys=True)))


def test_relation_lines_join_back_to_the_graph_and_the_merged_events(store):
    rows = [json.loads(line) for line in export(store.dataset, "relations").decode().splitlines()]
    q = store.ox.query
    for row in rows:
        assert row["subject_iri"] == str(store.iris.entity(row["subject"], row["subject_type"]))
        assert row["object_iri"] == str(store.iris.entity(row["object"], row["object_type"]))
        assert row["article_iri"] == str(store.iris.article(row["article"]))
        graph = f"<{store.iris.article_graph(row['article'])}>"
        assert q(f"ASK {{ GRAPH {graph} {{ <{row['relation_iri']}> kg:agent <{row['subject_iri']}> ; "
                 f"kg:target <{row['object_iri']}> }} }}", prefixes={"kg": str(KG._NS)})
        # the merged event this line is one report of (a symmetric one may be stored the other way round)
        assert q(f"ASK {{ GRAPH <{store.iris.graph('merged')}> {{ <{row['event_iri']}> prov:wasDerivedFrom "
                 f"<{row['relation_iri']}> ; kg:agent ?a ; kg:target ?t }} "
                 f"FILTER(?a IN (<{row['subject_iri']}>, <{row['object_iri']}>)) }}",
                 prefixes={"kg": str(KG._NS), "prov": "http://www.w3.org/ns/prov#"})
    # the two reports of the phone call (one article each) are one event
    call = {r["event_iri"] for r in rows if r["predicate"] == "meets"}
    assert len(call) == 1 and len([r for r in rows if r["predicate"] == "meets"]) == 2


def test_jsonld_numbers_are_numbers_and_dates_typed(store):
    doc = json.loads(export(store.dataset, "jsonld"))
    nodes = doc["@graph"]
    starts = [n["start"] for n in nodes if "start" in n]
    counts = [n["articleCount"] for n in nodes if "articleCount" in n]
    assert starts and all(isinstance(v, int) for v in starts) and all(isinstance(v, int) for v in counts)
    assert doc["@context"]["confidence"]["@type"] == "xsd:decimal"  # "0.9" read back as xsd:decimal, not double
    assert doc["@context"]["date"] == {"@id": "kg:date", "@type": "xsd:date"}
    dated = [n for n in nodes if "date" in n or "kg:date" in n]
    assert "2022-10-27" in {n.get("date") for n in dated}
    assert {"@type": "xsd:gYearMonth", "@value": "2022-03"} in [n.get("kg:date") for n in dated]  # "in March"


def test_entities_jsonl_has_one_line_per_entity_per_article(store, extractions):
    rows = [json.loads(line) for line in export(store.dataset, "entities").decode().splitlines()]
    expected = sorted((e.article.id, x.name, x.type, x.mentions, tuple(sorted(set(x.aliases) - {x.name})))
                      for e in extractions for x in e.entities)
    assert sorted((r["article"], r["name"], r["type"], r["mentions"], tuple(r["aliases"])) for r in rows) == expected
    wang = next(r for r in rows if r["name"] == "Wang Yi")
    assert wang["iri"] == f"{store.iris.base}entity/person/wang-yi"
    assert list(wang) == ["article", "name", "type", "iri", "mentions", "aliases", "actor_code", "article_iri"]
    assert all(r["article_iri"] == str(store.iris.article(r["article"])) for r in rows)


def test_common_formats_include_the_graph_outputs():
    names = dict(COMMON_FORMATS)
    assert {names[f] for f in ("turtle", "trig", "nquads", "relations", "entities")} == {
        "graph.ttl", "graph.trig", "graph.nq", "relations.jsonl", "entities.jsonl"}


def test_export_build_writes_inside_the_build_folder(tmp_path, extractions):
    with open_store(tmp_path) as s:
        s.add(extractions[0])
        s.refresh()
    path = export_build(out=tmp_path, fmt="turtle")
    assert path == tmp_path / "graph.ttl" and path.stat().st_size > 0
    other = export_build(out=tmp_path, fmt="ntriples", dest=tmp_path / "elsewhere" / "g.nt")
    assert len(list(ox.parse(path=str(other), format=ox.RdfFormat.N_TRIPLES))) == len(
        list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)))


def test_in_memory_rdflib_dataset_exports_too(extractions):
    from rdflib import Dataset

    from kg.graph.convert import article_triples
    from kg.graph.iri import Iris

    iris = Iris("https://kg.example.org/")
    ds = Dataset()
    g = ds.graph(iris.article_graph(extractions[0].article.id))
    for t in article_triples(extractions[0], iris):
        g.add(t)
    rows = [json.loads(x) for x in export(ds, "relations").decode().splitlines()]
    assert len(rows) == len(extractions[0].relations)
    assert len(list(ox.parse(export(ds, "turtle"), format=ox.RdfFormat.TURTLE))) == len(set(g))



def test_exporters_share_one_reading_of_the_store_until_it_changes(store, extractions):
    from kg.export.view import graph_view

    view = graph_view(store.dataset)
    assert graph_view(store.dataset) is view  # the HTML views and the Neo4j folder read the store once
    relations = export(store.dataset, "relations")
    store.remove(extractions[2].article.id)  # and refresh: the next exporter reads the store again
    fresh = graph_view(store.dataset)
    assert fresh is not view and set(fresh.articles) == set(view.articles) - {
        str(store.iris.article(extractions[2].article.id))}
    assert export(store.dataset, "relations") != relations
    store.add(extractions[2])  # no refresh: the article graphs changed, and their lines are back
    assert len(export(store.dataset, "relations").splitlines()) == len(relations.splitlines())


def test_rdf_files_do_not_depend_on_the_order_quads_were_added_in(tmp_path, extractions, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the build graph's time, the same for both
    files = []
    for name, order in (("forward", extractions), ("backward", extractions[::-1])):
        with open_store(tmp_path / name) as s:
            for extraction in order:
                s.add(extraction)
            s.refresh()
            files.append({fmt: export(s.dataset, fmt) for fmt in ("nquads", "trig", "turtle")})
    assert files[0] == files[1]


def test_exporters_after_the_rdf_files_read_what_the_store_holds(out):
    from kg.export.view import graph_view

    formats = ("relations", "entities", "events", "events-jsonl")
    with open_store(out) as s:  # straight from the store
        direct = graph_view(s.dataset), [export(s.dataset, fmt) for fmt in formats]
    with open_store(out) as s:  # from the scratch N-Quads file the RDF exporters leave for them
        export(s.dataset, "nquads")
        assert graph_view(s.dataset) == direct[0]
        assert [export(s.dataset, fmt) for fmt in formats] == direct[1]
