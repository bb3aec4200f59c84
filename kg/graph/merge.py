"""The merged view, a function of the article graphs (never patched by hand), piece by piece.

Every triple belongs to one piece, computed from the article graphs alone: an article or evidence
node (:func:`copied`), an entity (:func:`copied` and :func:`entity` over its nodes in every
article), an event group of one predicate, agent and target (:func:`events` over all its reports).
:func:`merge` computes them all; kg.graph.refresh computes the pieces a change reaches.

- entities: type, label and ISO code by vote over the articles that state them; every other
  label and alias becomes a skos:altLabel; kg:source / kg:articleCount say which articles mention it.
- direct triples: the union over articles.
- events: reports of the same predicate between the same participants merge when they carry the
  same date, or (undated) when they come from overlapping reports — articles published within
  ``WINDOW_DAYS`` of each other; an undated report joins its own article's dated event when that
  is unambiguous. Positions and memberships are states, not events: all reports of one holder,
  organisation and role are one node whatever their dates. A merged event lists every kg:source
  article and kg:evidence sentence and is prov:wasDerivedFrom its per-article event nodes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import KgError
from kg.graph.iri import Iris, normalise
from kg.graph.namespace import KG, PROV, RELATION_CLASS, SCHEMA, SYMMETRIC
from kg.records import ENTITY_TYPES

__all__ = ["WINDOW_DAYS", "Node", "Source", "copied", "entity", "events", "group", "header", "is_entity", "merge",
           "report", "source"]

WINDOW_DAYS = 2  # undated reports of articles published this close describe the same event
# Lasting states rather than events: every report of the same holder, organisation and role is one fact.
STATES = frozenset({"holdsPosition", "memberOf"})

Node = dict[ox.NamedNode, list]  # predicate -> objects of one subject in one graph


def _n(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
T = {name: _n(KG[name]) for name in KG.__annotations__}
NEWS, DERIVED_FROM = _n(SCHEMA.NewsArticle), _n(PROV.wasDerivedFrom)
ENTITY_CLASSES = {T[t] for t in ENTITY_TYPES} | {T["Entity"]}
RELATION_CLASSES = {_n(c) for c in RELATION_CLASS.values()} | {T["PhoneCall"]}
PREDICATE_NODES = {T[p]: p for p in RELATION_CLASS}
_REMOTE = {"phone", "video"}
# Event attributes decided by vote (one value) and those kept in full (every value).
_VOTED = ("date", "place", "mode", "role", "modality", "cameo", "plover", "ploverMode", "ploverContext", "agentCode",
          "targetCode", "dateSource")
_KEPT = ("speaker", "rule", "evidence", "source")
# Entity properties decided by vote (kg.graph.merge.entity), not copied from each article.
_CODES = (T["iso3166"], T["actorCode"], T["countryCode"], _n(SCHEMA.latitude), _n(SCHEMA.longitude))
_VOTED_ENTITY = frozenset({RDF_TYPE, LABEL, ALT, *_CODES})


def _key(term) -> str:
    return str(term)


def vote(values: Iterable):
    """The most frequent value; ties go to the smallest in N-Triples order (deterministic)."""
    counts = Counter(values)
    return min(counts.items(), key=lambda kv: (-kv[1], _key(kv[0])))[0] if counts else None


@dataclass(slots=True)
class _Report:
    node: ox.NamedNode
    article: ox.NamedNode
    article_id: str
    published: dt.date | None
    props: Node = field(default_factory=dict)

    def one(self, name: str):
        values = self.props.get(T[name], [])
        return min(values, key=_key) if values else None


def _published(node: Node) -> dt.date | None:
    for value in node.get(_n(SCHEMA.datePublished), []):
        try:
            return dt.date.fromisoformat(value.value)
        except ValueError:
            return None
    return None


@dataclass(frozen=True, slots=True)
class Source:
    """The article an article graph states: its IRI, file name and publication date."""

    article: ox.NamedNode
    article_id: str
    published: dt.date | None


def source(subjects: dict[ox.NamedNode, Node]) -> Source | None:
    """The article of one article graph (``{subject: node}``, at least its schema:NewsArticle node)."""
    article = next((s for s, node in subjects.items() if NEWS in node.get(RDF_TYPE, [])), None)
    if article is None:
        return None
    node = subjects[article]
    article_id = node[T["fileName"]][0].value if T["fileName"] in node else str(article)
    return Source(article, article_id, _published(node))


def is_entity(node: Node) -> bool:
    """Whether a node of an article graph states an entity."""
    return not ENTITY_CLASSES.isdisjoint(node.get(RDF_TYPE, []))


def report(src: Source, s: ox.NamedNode, node: Node) -> _Report | None:
    """The node as a report of an event, if it is one and reported as having happened."""
    if RELATION_CLASSES.isdisjoint(node.get(RDF_TYPE, [])):
        return None
    if any(o.value == "false" for o in node.get(T["asserted"], [])):  # planned, expected ...: not facts
        return None
    return _Report(s, src.article, src.article_id, src.published, node)


def copied(s: ox.NamedNode, node: Node) -> Iterator[ox.Triple]:
    """The triples of one node that the merged graph copies: articles, evidence and direct triples."""
    types = set(node.get(RDF_TYPE, []))
    entity = not types.isdisjoint(ENTITY_CLASSES)
    if not types.isdisjoint(RELATION_CLASSES) or not (entity or types & {NEWS, T["Evidence"]}):
        return
    for p, objects in node.items():
        if entity and p in _VOTED_ENTITY:
            continue
        for o in objects:
            yield ox.Triple(s, p, o)


def header(iris: Iris, graphs: Iterable[ox.NamedNode]) -> Iterator[ox.Triple]:
    """The merged graph's description of itself: its class and the article graphs it comes from."""
    merged = _n(iris.graph("merged"))
    yield ox.Triple(merged, RDF_TYPE, T["MergedGraph"])
    for g in graphs:
        yield ox.Triple(merged, DERIVED_FROM, g)


def merge(graphs: dict[ox.NamedNode, dict[ox.NamedNode, Node]], iris: Iris) -> Iterator[ox.Triple]:
    """The triples of the merged graph, from ``{article graph: {subject: {predicate: [objects]}}}``."""
    yield from header(iris, sorted(graphs, key=_key))
    entities: dict[ox.NamedNode, list[tuple[ox.NamedNode, Node]]] = defaultdict(list)
    reports: list[_Report] = []
    seen: set[ox.Triple] = set()
    for g in sorted(graphs, key=_key):
        subjects = graphs[g]
        src = source(subjects)
        if src is None:
            continue
        for s, node in subjects.items():
            if is_entity(node):
                entities[s].append((src.article, node))
            found = report(src, s, node)
            if found is not None:
                reports.append(found)
            for triple in copied(s, node):
                if triple not in seen:
                    seen.add(triple)
                    yield triple
    for e in sorted(entities, key=_key):
        yield from entity(e, entities[e])
    yield from events(reports, iris)


def entity(e: ox.NamedNode, stated: list[tuple[ox.NamedNode, Node]]) -> Iterator[ox.Triple]:
    """An entity's voted triples, from its nodes in the articles that state it (``[(article, node)]``)."""
    labels = [o for _, node in stated for o in node.get(LABEL, [])]
    if len({normalise(label.value) for label in labels}) > 1:
        raise KgError(f"IRI collision: {e.value} names {sorted({label.value for label in labels})}")
    type_ = vote(t for _, node in stated for t in node.get(RDF_TYPE, []) if t in ENTITY_CLASSES)
    label = vote(labels)
    yield ox.Triple(e, RDF_TYPE, type_)
    yield ox.Triple(e, LABEL, label)
    aliases = {o for _, node in stated for o in node.get(ALT, [])} | set(labels)
    for alias in sorted(aliases - {label}, key=_key):
        yield ox.Triple(e, ALT, alias)
    for prop in _CODES:  # (and a place's country and position)
        code = vote(o for _, node in stated for o in node.get(prop, []))
        if code is not None:
            yield ox.Triple(e, prop, code)
    sources = {a for a, _ in stated}
    for a in sorted(sources, key=_key):
        yield ox.Triple(e, T["source"], a)
    yield ox.Triple(e, T["articleCount"], ox.Literal(str(len(sources)), datatype=_XSD_INTEGER))


_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def _clusters(reports: list[_Report]) -> list[list[_Report]]:
    """Group reports of one (predicate, participants) into events: by date, else by overlapping reports."""
    by_date: dict[str, list[_Report]] = defaultdict(list)
    undated: list[_Report] = []
    for r in reports:
        date = r.one("date")
        (by_date[date.value] if date is not None else undated).append(r)
    dates_of_article: dict[str, set[str]] = defaultdict(set)
    for date, group in by_date.items():
        for r in group:
            dates_of_article[r.article_id].add(date)
    loose: list[_Report] = []
    for r in undated:
        dates = dates_of_article.get(r.article_id, set())
        if len(dates) == 1:
            by_date[next(iter(dates))].append(r)
        else:
            loose.append(r)
    clusters = [by_date[d] for d in sorted(by_date)]
    by_article: dict[str, list[_Report]] = defaultdict(list)
    for r in loose:
        by_article[r.article_id].append(r)
    # Single linkage over publication dates; articles without a date stay on their own.
    current: list[_Report] = []
    last: dt.date | None = None
    for published, article_id in sorted((rs[0].published, a) for a, rs in by_article.items() if rs[0].published):
        if current and last is not None and (published - last).days > WINDOW_DAYS:
            clusters.append(current)
            current = []
        current.extend(by_article[article_id])
        last = published
    if current:
        clusters.append(current)
    clusters.extend(by_article[a] for a in sorted(a for a, rs in by_article.items() if rs[0].published is None))
    return clusters


def group(r: _Report) -> tuple | None:
    """The (predicate, agent, target) a report's events are merged under (symmetric ones in IRI order)."""
    predicate, agent, target = r.one("predicate"), r.one("agent"), r.one("target")
    if predicate not in PREDICATE_NODES or agent is None or target is None:
        return None
    if PREDICATE_NODES[predicate] in SYMMETRIC:
        agent, target = sorted((agent, target), key=_key)
    return predicate, agent, target


def events(reports: list[_Report], iris: Iris) -> Iterator[ox.Triple]:
    """The merged events of ``reports``: every report of a group must be among them."""
    groups: dict[tuple, list[_Report]] = defaultdict(list)
    for r in reports:
        key = group(r)
        if key is None:
            continue
        role = r.one("role")
        state = None if PREDICATE_NODES[key[0]] not in STATES else normalise(role.value) if role else ""
        groups[(*key, state)].append(r)
    for key in sorted(groups, key=lambda k: tuple(map(_key, k))):
        predicate, agent, target, state = key
        for cluster in _clusters(groups[key]) if state is None else [groups[key]]:
            yield from _event(predicate, agent, target, cluster, iris, state)


_SWAPPED = {"agentCode": "targetCode", "targetCode": "agentCode"}


def _as_merged(prop: str, report: _Report, agent) -> str:
    """The report's property that gives the merged event's ``prop``: a symmetric report stated the
    other way round (Lavrov meets Wang, merged as Wang meets Lavrov) gives its agent's code to the target."""
    return _SWAPPED.get(prop, prop) if report.one("agent") != agent else prop


def _event(predicate, agent, target, cluster: list[_Report], iris: Iris, state: str | None) -> Iterator[ox.Triple]:
    name = PREDICATE_NODES[predicate]
    values = {p: [o for r in cluster for o in r.props.get(T[_as_merged(p, r, agent)], [])] for p in _VOTED + _KEPT}
    date = vote(values["date"])
    if state is not None:  # a position or membership: one node per holder, organisation and role
        anchor = f"state:{state}"
    else:
        anchor = date.value if date is not None else min(r.article_id for r in cluster)
    x = _n(iris.event(name, agent.value, target.value, anchor))
    mode = vote(values["mode"])
    cls = T["PhoneCall"] if name == "meets" and mode is not None and mode.value in _REMOTE else _n(RELATION_CLASS[name])
    yield ox.Triple(x, RDF_TYPE, cls)
    yield ox.Triple(x, T["predicate"], predicate)
    yield ox.Triple(x, T["agent"], agent)
    yield ox.Triple(x, T["target"], target)
    if name == "holdsPosition":
        yield ox.Triple(x, T["holder"], agent)
        yield ox.Triple(x, T["organization"], target)
    for p in _VOTED:
        winner = vote(values[p])
        if winner is not None:
            yield ox.Triple(x, T[p], winner)
    for p in _KEPT:
        for value in sorted(set(values[p]), key=_key):
            yield ox.Triple(x, T[p], value)
    confidence = max((o for r in cluster for o in r.props.get(T["confidence"], [])), key=lambda o: float(o.value),
                     default=None)
    if confidence is not None:
        yield ox.Triple(x, T["confidence"], confidence)
    yield ox.Triple(x, T["articleCount"], ox.Literal(str(len({r.article for r in cluster})), datatype=_XSD_INTEGER))
    for r in sorted(cluster, key=lambda r: _key(r.node)):
        yield ox.Triple(x, DERIVED_FROM, r.node)
