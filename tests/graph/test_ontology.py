"""The ontology file and its code mirror agree; every term is documented; the files parse."""

from __future__ import annotations

import json

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.config import ONTOLOGY_DIR
from kg.graph.namespace import (
    KG,
    ONTOLOGY_IRI,
    PREDICATES,
    RELATION_CLASS,
    SYMMETRIC,
    VERSION_IRI,
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "kg.ttl")


def _kg_terms_in(graph: Graph) -> set[str]:
    ns = str(KG._NS)
    return {str(s)[len(ns):] for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(ns)}


def test_code_and_ontology_define_the_same_terms(ontology):
    in_code = set(KG.__annotations__)
    in_file = _kg_terms_in(ontology)
    assert in_code - in_file == set(), "terms in kg/graph/namespace.py missing from kg.ttl"
    assert in_file - in_code == set(), "terms in kg.ttl missing from kg/graph/namespace.py"


def test_namespace_is_closed():
    with pytest.raises(AttributeError):
        KG.meet  # noqa: B018


def test_every_term_has_label_and_comment(ontology):
    for name in KG.__annotations__:
        term = KG[name]
        assert ontology.value(term, RDFS.label) is not None, name
        assert ontology.value(term, RDFS.comment) is not None, name


def test_ontology_header(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert (ONTOLOGY_IRI, OWL.versionIRI, VERSION_IRI) in ontology
    assert ontology.value(ONTOLOGY_IRI, RDFS.label) and ontology.value(ONTOLOGY_IRI, RDFS.comment)


def test_predicates_are_object_properties_with_domain_and_range(ontology):
    contract = {"meets", "visits", "holdsPosition", "memberOf", "supports", "opposes", "criticizes", "praises",
                "congratulates", "cooperatesWith", "urges", "sanctions"}  # GOLD.md's twelve
    plover = {"agrees", "demands", "threatens", "protests", "mobilizes", "coerces", "attacks", "aids", "concedes",
              "investigates"}  # the PLOVER types the twelve do not cover
    assert set(PREDICATES) == contract | plover
    for name in PREDICATES:
        assert (KG[name], RDF.type, OWL.ObjectProperty) in ontology
        assert ontology.value(KG[name], RDFS.domain) is not None
        assert ontology.value(KG[name], RDFS.range) is not None
    symmetric = {str(p)[len(str(KG._NS)):] for p in ontology.subjects(RDF.type, OWL.SymmetricProperty)}
    assert symmetric == set(SYMMETRIC)


def test_relation_classes_are_subclasses_of_relation_and_sem_event(ontology):
    sem_event = URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")
    for cls in set(RELATION_CLASS.values()) | {KG.PhoneCall}:
        supers = set(ontology.transitive_objects(cls, RDFS.subClassOf))
        assert KG.Relation in supers and sem_event in supers, cls


def test_entity_classes_are_aligned_to_external_vocabularies(ontology):
    external = ("https://schema.org/", "http://xmlns.com/foaf/", "http://semanticweb.cs.vu.nl/", "http://www.w3.org/ns/prov#")
    for name in ("Person", "Country", "Organization", "Place", "Event", "Document", "Policy"):
        supers = set(ontology.transitive_objects(KG[name], RDFS.subClassOf)) | set(
            ontology.objects(KG[name], OWL.equivalentClass))
        assert any(str(s).startswith(external) for s in supers), name


def test_ontology_has_no_blank_nodes(ontology):
    assert not any(t.__class__.__name__ == "BNode" for triple in ontology for t in triple)


def test_shapes_and_context_parse():
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl")
    assert len(shapes) > 20
    context = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text("utf-8"))
    assert context["@context"]["kg"] == str(KG._NS)
