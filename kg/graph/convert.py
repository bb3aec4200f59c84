"""Records → RDF: the triples of one article's named graph (no blank nodes, deterministic IRIs).

    article   a schema:NewsArticle; headline, datePublished, publisher, url, kg:sha256, kg:fileName
    entity    a kg:Person|…; rdfs:label; skos:altLabel per alias; kg:iso3166 (countries); kg:countryCode,
              schema:latitude, schema:longitude (places: kg.places)
    occurrence  kg:entity, kg:mentionCount, prov:wasDerivedFrom article
    relation  direct triple  subject kg:<predicate> object
              event node     a kg:Meeting|…; kg:predicate, kg:agent, kg:target, kg:date, kg:place,
                             kg:mode, kg:role, kg:speaker, kg:modality, kg:cameo, kg:confidence,
                             kg:rule, kg:trigger, kg:source, kg:evidence → evidence node
    evidence  kg:sentence, kg:start, kg:end, prov:wasDerivedFrom article
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import astuple

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef

from kg.graph.iri import Iris
from kg.graph.namespace import KG, PROV, RELATION_CLASS, SCHEMA
from kg.places import locate
from kg.records import ENTITY_TYPES, Extraction, Relation

__all__ = ["Triple", "article_triples", "date_literal", "decimal_literal"]

Triple = tuple[URIRef, URIRef, URIRef | Literal]

_DATE_TYPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
    (re.compile(r"\d{4}"), XSD.gYear),
)
# Meetings held at a distance are phone calls (kg:PhoneCall ⊑ kg:Meeting).
_REMOTE_MODES = frozenset({"phone", "video"})
# When a relation names a place or speaker that is not among the article's entities.
_DEFAULT_TYPE = {"place": "Place", "speaker": "Person"}
_PREFERRED_TYPES = {"place": ("Place", "Country"), "speaker": ("Person", "Organization", "Country")}


def date_literal(value: str | None) -> Literal | None:
    """``yyyy-mm-dd`` → xsd:date (``yyyy-mm`` → gYearMonth, ``yyyy`` → gYear); anything else → None."""
    if not value:
        return None
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(value.strip()):
            return Literal(value.strip(), datatype=datatype)
    return None


def decimal_literal(value: float) -> Literal:
    """A canonical xsd:decimal with at most four decimals (``0.9``, ``1.0``)."""
    text = f"{round(float(value), 4):.4f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=XSD.decimal)


def _class(type_: str) -> URIRef:
    return KG[type_] if type_ in ENTITY_TYPES else KG.Entity


def article_triples(extraction: Extraction, iris: Iris) -> Iterator[Triple]:
    """Every triple of the article's named graph (the graph IRI itself is ``iris.article_graph``)."""
    art = extraction.article
    a = iris.article(art.id)
    yield iris.article_graph(art.id), RDF.type, KG.ArticleGraph
    yield iris.article_graph(art.id), PROV.wasDerivedFrom, a
    yield from _article(extraction, a)
    names: dict[str, list[str]] = {}  # canonical name -> its types, in the article's order
    for entity in extraction.entities:
        e = iris.entity(entity.name, entity.type)
        names.setdefault(entity.name, []).append(entity.type)
        yield from _entity(e, entity.name, entity.type, entity.aliases, entity.code, entity.actor_code)
        yield a, SCHEMA.mentions, e
        occ = iris.occurrence(art.id, e)
        yield occ, RDF.type, KG.Occurrence
        yield occ, KG.entity, e
        yield occ, KG.mentionCount, Literal(int(entity.mentions))
        yield occ, PROV.wasDerivedFrom, a
    for relation in extraction.relations:
        yield from _relation(relation, art.id, a, names, iris)


def _article(extraction: Extraction, a: URIRef) -> Iterator[Triple]:
    art = extraction.article
    yield a, RDF.type, SCHEMA.NewsArticle
    yield a, KG.fileName, Literal(art.id)
    if art.sha256:
        yield a, KG.sha256, Literal(art.sha256)
    if art.title:
        yield a, SCHEMA.headline, Literal(art.title)
    published = date_literal(art.published)
    if published is not None:
        yield a, SCHEMA.datePublished, published
    if art.source:
        yield a, SCHEMA.publisher, Literal(art.source)
    if art.url:
        yield a, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)
    yield a, SCHEMA.articleBody, Literal(art.body)


def _entity(e: URIRef, name: str, type_: str, aliases=(), code: str | None = None,
            actor_code: str | None = None) -> Iterator[Triple]:
    yield e, RDF.type, _class(type_)
    yield e, RDFS.label, Literal(name)
    for alias in sorted(set(aliases) - {name}):
        yield e, SKOS.altLabel, Literal(alias)
    if code and type_ == "Country":
        yield e, KG.iso3166, Literal(code)
    if type_ == "Place" and code:  # (a place of no known country, such as "Asia", has no position either)
        yield e, KG.countryCode, Literal(code)
        if (where := locate(name, code)) is not None:
            yield e, SCHEMA.latitude, decimal_literal(where.latitude)
            yield e, SCHEMA.longitude, decimal_literal(where.longitude)
    if actor_code:
        yield e, KG.actorCode, Literal(actor_code)


def _named(name: str, role: str, names: dict[str, list[str]], iris: Iris) -> tuple[URIRef, list[Triple]]:
    """The IRI of a place or speaker given by name; minted (typed and labelled) if not an entity."""
    types = names.get(name, [])
    preferred = [t for t in _PREFERRED_TYPES[role] if t in types]
    if preferred or types:
        return iris.entity(name, (preferred or types)[0]), []
    e = iris.entity(name, _DEFAULT_TYPE[role])
    return e, list(_entity(e, name, _DEFAULT_TYPE[role]))


def _relation(r: Relation, article_id: str, a: URIRef, names: dict[str, list[str]], iris: Iris) -> Iterator[Triple]:
    cls = RELATION_CLASS.get(r.predicate)
    if cls is None:
        warnings.warn(f"{article_id}: unknown predicate {r.predicate!r} skipped", stacklevel=2)
        return
    s, o, p = iris.entity(r.subject, r.subject_type), iris.entity(r.object, r.object_type), KG[r.predicate]
    for e, name, type_ in ((s, r.subject, r.subject_type), (o, r.object, r.object_type)):
        if type_ not in names.get(name, ()):  # a relation may name an entity the entity list lacks
            yield from _entity(e, name, type_)
    if r.factual:  # a planned, expected or conditional event is kept as an event node only
        yield s, p, o
    x = iris.event(article_id, *astuple(r))
    if cls == KG.Meeting and r.mode in _REMOTE_MODES:
        cls = KG.PhoneCall
    yield x, RDF.type, cls
    yield x, KG.predicate, p
    yield x, KG.agent, s
    yield x, KG.target, o
    if cls == KG.Position:
        yield x, KG.holder, s
        yield x, KG.organization, o
    yield x, KG.source, a
    yield x, KG.modality, Literal(r.modality or "asserted")
    yield x, KG.asserted, Literal(bool(r.factual))
    yield x, KG.confidence, decimal_literal(r.confidence)
    date = date_literal(r.date)
    if date is not None:
        yield x, KG.date, date
    for prop, value in ((KG.mode, r.mode), (KG.role, r.role), (KG.cameo, r.cameo), (KG.rule, r.rule),
                        (KG.trigger, r.trigger), (KG.plover, r.plover), (KG.ploverMode, r.plover_mode),
                        (KG.ploverContext, r.plover_context), (KG.agentCode, r.subject_code),
                        (KG.targetCode, r.object_code), (KG.agentText, r.subject_text),
                        (KG.targetText, r.object_text), (KG.dateSource, r.date_source)):
        if value:
            yield x, prop, Literal(value)
    for prop, role, name in ((KG.place, "place", r.place), (KG.speaker, "speaker", r.speaker)):
        if name:
            e, extra = _named(name, role, names, iris)
            yield from extra
            yield x, prop, e
    v = iris.evidence(article_id, r.start, r.end)
    yield x, KG.evidence, v
    yield v, RDF.type, KG.Evidence
    yield v, KG.sentence, Literal(r.sentence)
    yield v, KG.start, Literal(int(r.start))
    yield v, KG.end, Literal(int(r.end))
    yield v, PROV.wasDerivedFrom, a
