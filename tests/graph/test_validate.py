"""SHACL: a good build conforms; deliberately broken graphs do not."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import KgError
from kg.graph import open_store, validate
from kg.graph.convert import article_triples
from kg.graph.iri import Iris
from kg.graph.namespace import KG
from kg.graph.validate import validate_graph

IRIS = Iris("https://kg.example.org/")


def article_graph(extraction) -> Graph:
    g = Graph()
    for t in article_triples(extraction, IRIS):
        g.add(t)
    return g


def test_the_fixture_build_conforms(tmp_path, extractions):
    with open_store(tmp_path) as store:
        for e in extractions:
            store.add(e)
        store.refresh()
    report = validate(out=tmp_path)
    assert report.conforms, report.text
    assert report.graphs == 4 and report.violations == 0
    assert report.warnings >= 1  # the fixture's CAMEO code "1" is flagged, without failing the check


def _break(extraction, mutate) -> tuple[bool, str]:
    g = article_graph(extraction)
    mutate(g)
    ok, text, _, _ = validate_graph(g)
    return ok, text


def test_event_without_evidence_fails(extractions):
    def drop_evidence(g):
        for s, o in list(g.subject_objects(KG.evidence)):
            g.remove((s, KG.evidence, o))
    ok, text = _break(extractions[0], drop_evidence)
    assert not ok and "evidence" in text


def test_entity_with_two_labels_fails(extractions):
    ok, text = _break(extractions[0], lambda g: g.add((IRIS.entity("China", "Country"), URIRef(
        "http://www.w3.org/2000/01/rdf-schema#label"), Literal("PRC"))))
    assert not ok and "label" in text


def test_confidence_out_of_range_and_bad_modality_fail(extractions):
    def corrupt(g):
        x = next(iter(g.subjects(KG.predicate, KG.meets)))
        g.set((x, KG.confidence, Literal("1.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))
        g.set((x, KG.modality, Literal("rumoured")))
    ok, text = _break(extractions[0], corrupt)
    assert not ok and "confidence" in text and "modality" in text


def test_blank_nodes_fail(extractions):
    ok, text = _break(extractions[0], lambda g: g.add((BNode(), KG.sentence, Literal("x"))))
    assert not ok and "blank node" in text


def test_broken_store_fails_validate(tmp_path, extractions):
    with open_store(tmp_path) as store:
        store.add(extractions[0])
        store.refresh()
        g = ox.NamedNode(str(IRIS.article_graph(extractions[0].article.id)))
        for q in list(store.ox.quads_for_pattern(None, ox.NamedNode(str(KG.fileName)), None, g)):
            store.ox.remove(q)
    report = validate(out=tmp_path)
    assert not report.conforms and report.violations >= 1 and "fileName" in report.text


def test_validate_without_a_build_is_a_clear_error(tmp_path):
    with pytest.raises(KgError, match="no kg build"):
        validate(out=tmp_path)
