"""Event codes and modality in the graph and its exports: PLOVER types and actor codes travel from
the records to the event nodes and relations.jsonl; events not reported as done stay in their
article's graph, marked, and reach neither the merged graph nor relations.jsonl."""

from __future__ import annotations

import hashlib
import json

import pytest

from kg.export import export
from kg.graph import open_store, validate
from kg.records import Article, Entity, Extraction, Relation

BODY = ("NAIROBI, March 3 (Example Wire) -- Hungarian officials demanded that Serbia hand over the suspects. "
        "Kenya will host talks with Uganda next week.")


def _extraction() -> Extraction:
    first, second = BODY.split(". ", 1)
    start2 = BODY.index(second)
    article = Article(id="e.txt", body=BODY, published="2021-03-04", title="Demands",
                      sha256=hashlib.sha256(BODY.encode()).hexdigest())
    demand = Relation("Hungary", "Country", "demands", "Serbia", "Country", first + ".", 0, len(first) + 1,
                      date="2021-03-03", date_source="dateline", place="Nairobi", cameo="100", plover="DEMAND",
                      subject_code="HUNGOV", object_code="SRB", subject_text="Hungarian officials",
                      rule="verb:demand", confidence=0.85)
    planned = Relation("Kenya", "Country", "meets", "Uganda", "Country", second, start2, len(BODY),
                       date="2021-03-04", date_source="published", cameo="043", plover="CONSULT", plover_mode="visit",
                       modality="intended", factual=False, rule="verb:host", confidence=0.9)
    entities = (Entity("Hungary", "Country", code="HUN", actor_code="HUN"), Entity("Serbia", "Country", code="SRB"),
                Entity("Kenya", "Country", code="KEN"), Entity("Uganda", "Country", code="UGA"))
    return Extraction(article=article, entities=entities, relations=(demand, planned))


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path) as store:
        store.add(_extraction())
        store.refresh()
        yield store


def test_relations_jsonl_carries_codes_and_leaves_out_what_did_not_happen(store):
    rows = [json.loads(line) for line in export(store.dataset, "relations").decode().splitlines()]
    assert [(r["subject"], r["predicate"], r["object"]) for r in rows] == [("Hungary", "demands", "Serbia")]
    row = rows[0]
    assert (row["cameo"], row["plover"], row["subject_code"], row["object_code"]) == ("100", "DEMAND", "HUNGOV", "SRB")
    assert (row["subject_text"], row["date"], row["date_source"], row["place"]) == (
        "Hungarian officials", "2021-03-03", "dateline", "Nairobi")


def _oxigraph(store):
    from kg.graph.view import ox_store  # noqa: PLC0415

    return ox_store(store.dataset)


KG = "https://kg.example.org/ontology#"


def test_an_unrealised_event_is_kept_marked_in_its_article_graph_only(store):
    graph = _oxigraph(store)
    kept = list(graph.query(f"""SELECT ?g ?asserted ?modality WHERE {{ GRAPH ?g {{
        ?e <{KG}predicate> <{KG}meets> ; <{KG}asserted> ?asserted ; <{KG}modality> ?modality }} }}"""))
    assert len(kept) == 1 and kept[0]["asserted"].value == "false" and kept[0]["modality"].value == "intended"
    assert bool(graph.query(f"ASK {{ GRAPH <{kept[0]['g'].value}> {{ ?g a <{KG}ArticleGraph> }} }}"))
    assert not bool(graph.query(f"ASK {{ GRAPH ?g {{ ?s <{KG}meets> ?o }} }}"))  # no direct triple anywhere
    merged = list(graph.query(f"""SELECT ?p WHERE {{ GRAPH ?g {{ ?g a <{KG}MergedGraph> . ?e <{KG}predicate> ?p }} }}"""))
    assert {row["p"].value for row in merged} == {KG + "demands"}


def test_merged_event_keeps_the_codes(store):
    graph = _oxigraph(store)
    rows = list(graph.query(f"""SELECT ?plover ?code ?source WHERE {{ GRAPH ?g {{ ?g a <{KG}MergedGraph> .
        ?e <{KG}predicate> <{KG}demands> ; <{KG}plover> ?plover ; <{KG}agentCode> ?code ; <{KG}dateSource> ?source }} }}"""))
    assert [(r["plover"].value, r["code"].value, r["source"].value) for r in rows] == [("DEMAND", "HUNGOV", "dateline")]


def test_the_coded_build_conforms_to_the_shapes(store, tmp_path):
    store.close()  # as `kg validate` runs: after the writer is done (a live store may compact under a reader)
    report = validate(out=tmp_path)
    assert report.conforms and report.violations == 0, report.text


def test_dates_are_valid_xsd_or_absent():
    from kg.graph.convert import date_literal  # noqa: PLC0415

    assert date_literal("2021-03") is not None and date_literal("2021") is not None
    assert date_literal("--09-18") is None
