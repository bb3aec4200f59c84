"""A plain-record view of a kg dataset (entities, relation events, evidence, articles) for exporters.

Relations come from the event nodes (``kg:predicate``/``kg:agent``/``kg:target``) because they
carry date, mode and evidence. When the dataset has a merged graph (``kg:MergedGraph``), entities
and events are taken from it and from the derived graph (rule-made facts, marked by ``rule``), so
an event reported by three articles is one edge with three sentences; a dataset without one (a
single article's graph) is read whole. The merged graph also holds the evidence, so of the article
graphs only the articles' own nodes are read; the view is computed once per state of the store
(kg.export._shared) for every exporter that needs it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib.namespace import RDF, RDFS, SKOS

from kg.graph.namespace import KG as _KG
from kg.graph.namespace import PROV, SCHEMA
from kg.graph.namespace import SYMMETRIC as _SYMMETRIC
from kg.records import ENTITY_TYPES

__all__ = ["KG", "Node", "Evidence", "Edge", "ArticleInfo", "GraphView", "graph_view", "local_name",
           "SYMMETRIC", "ENTITY_CLASSES"]

KG = str(_KG._NS)
_RDF_TYPE, _LABEL, _ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_SCHEMA = str(SCHEMA)
_PROV_FROM = str(PROV.wasDerivedFrom)

ENTITY_CLASSES = ENTITY_TYPES
# Predicates whose direction means nothing (GOLD.md): drawn without arrows, stored once per pair.
SYMMETRIC = _SYMMETRIC


@dataclass(frozen=True, slots=True)
class Node:
    """An entity: IRI, canonical label, class local name, aliases."""

    iri: str
    label: str
    cls: str
    aliases: tuple[str, ...] = ()
    iso3166: str | None = None
    actor_code: str | None = None  # CAMEO actor code of the entity, where one is known


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """An article's metadata; ``body`` only when the graph stores the text (schema:articleBody)."""

    iri: str
    title: str
    date: str | None = None
    source: str | None = None
    url: str | None = None
    file: str | None = None
    body: str | None = None
    mentions: tuple[str, ...] = ()  # IRIs of the entities the article mentions (schema:mentions)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence that states a relation, with the article it comes from."""

    sentence: str
    article: str  # article IRI
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Edge:
    """One relation event between two entities."""

    iri: str
    predicate: str  # local name, e.g. "meets"
    source: str  # entity IRI (kg:agent)
    target: str  # entity IRI (kg:target)
    kind: str = "Relation"  # event class local name (Meeting, PhoneCall, ...)
    date: str | None = None
    mode: str | None = None
    place: str | None = None
    role: str | None = None
    modality: str | None = None
    cameo: str | None = None
    confidence: float | None = None
    evidence: tuple[Evidence, ...] = ()
    rule: str | None = None  # set on facts derived by a rule (ontology/rules), not stated by an article
    plover: str | None = None  # PLOVER event type (AGREE, CONSULT ...)
    plover_mode: str | None = None
    plover_context: str | None = None
    agent_code: str | None = None  # CAMEO actor codes of agent and target on this event
    target_code: str | None = None
    agent_text: str | None = None  # the words that named a generic actor ("Hungarian officials")
    target_text: str | None = None
    date_source: str | None = None  # sentence | dateline | published

    @property
    def derived(self) -> bool:
        """True for facts made by a rule of ontology/rules from stated ones."""
        return bool(self.rule and self.rule.startswith("rules/"))

    @property
    def directed(self) -> bool:
        """False for symmetric predicates (meets, cooperatesWith)."""
        return self.predicate not in SYMMETRIC


@dataclass(frozen=True, slots=True)
class GraphView:
    """Entities, relation events and articles of a dataset."""

    nodes: dict[str, Node]
    edges: tuple[Edge, ...]
    articles: dict[str, ArticleInfo]


def local_name(iri: str) -> str:
    """The part of ``iri`` after the last ``#`` or ``/``."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _first(values: dict[str, list[str]], key: str) -> str | None:
    found = values.get(key)
    return min(found) if found else None


Props = dict[str, dict[str, list[str]]]
# Event properties copied as they are onto Edge, in the order of its fields after ``rule``.
_EVENT_CODES = ("plover", "ploverMode", "ploverContext", "agentCode", "targetCode", "agentText", "targetText",
                "dateSource")
_VIEW_GRAPHS = (KG + "MergedGraph", KG + "DerivedGraph")


def _collect(dataset) -> Props:
    """{subject: {predicate: [objects]}} of the merged and derived graphs, or of every graph when there are none.

    The merged graph holds every evidence node the events cite, so the article graphs and the
    default graph (a copy of merged + derived) are not read, but for the articles' own nodes.
    """
    import pyoxigraph as ox

    from kg.export._shared import graph_quads, merged_nodes
    from kg.graph.store import graph_kinds
    from kg.graph.view import ox_store

    store = ox_store(dataset)
    kinds = graph_kinds(store)
    views = kinds["merged"] + kinds["derived"]
    out: Props = defaultdict(lambda: defaultdict(list))

    def add(quads) -> None:
        for q in quads:
            bucket = out[q.subject.value][q.predicate.value]
            o = q.object.value
            if o not in bucket:
                bucket.append(o)

    if kinds["merged"]:  # the merged graph as the event table reads it, then the derived graph
        _add_nodes(out, merged_nodes(dataset))
        add(graph_quads(dataset, kinds["derived"]))
    else:
        add(graph_quads(dataset, views or [None]))
    if views:  # an article's metadata as its own graph has it, too (what a build not yet refreshed knows)
        news = ox.NamedNode(_SCHEMA + "NewsArticle")
        for q in store.quads_for_pattern(None, ox.NamedNode(_RDF_TYPE), news, None):
            if q.graph_name not in views and not isinstance(q.graph_name, ox.DefaultGraph):
                add(store.quads_for_pattern(q.subject, None, None, q.graph_name))
    return out


def _add_nodes(out: Props, nodes: dict[str, dict[str, list]]) -> None:
    """Add the values of the terms of ``nodes`` to ``out``, each value once."""
    for s, predicates in nodes.items():
        into = out[s]
        for p, terms in predicates.items():
            bucket = into[p]
            for term in terms:
                o = term.value
                if o not in bucket:
                    bucket.append(o)


def graph_view(dataset) -> GraphView:
    """Collect the entity graph, its events with evidence and the articles from ``dataset`` (once per store state)."""
    from kg.export._shared import shared

    return shared(dataset, "graph_view", lambda: _graph_view(dataset))


def _graph_view(dataset) -> GraphView:
    props = chosen = _collect(dataset)
    articles = {iri: _article(iri, v) for iri, v in props.items() if _SCHEMA + "NewsArticle" in v.get(_RDF_TYPE, ())}
    nodes = {}
    for iri, values in chosen.items():
        classes = [local_name(t) for t in values.get(_RDF_TYPE, ()) if t.startswith(KG)]
        cls = next((c for c in ENTITY_CLASSES if c in classes), None)
        if cls is None or KG + "predicate" in values:
            continue
        label = _first(values, _LABEL) or local_name(iri)
        nodes[iri] = Node(iri, label, cls, tuple(sorted(set(values.get(_ALT, ())) - {label})),
                          _first(values, KG + "iso3166"), _first(values, KG + "actorCode"))
    edges = []
    for iri, values in chosen.items():
        pred = _first(values, KG + "predicate")
        for agent in sorted(values.get(KG + "agent", ())):
            for target in sorted(values.get(KG + "target", ())):
                if pred and agent != target and agent in nodes and target in nodes:
                    edges.append(_edge(iri, values, pred, agent, target, props, nodes))
    edges.sort(key=lambda e: (e.predicate, e.source, e.target, e.date or "", e.iri))
    return GraphView(nodes, tuple(edges), articles)


def _edge(iri: str, values, pred: str, agent: str, target: str, props: Props, nodes: dict[str, Node]) -> Edge:
    evidence = tuple(sorted((_evidence(props.get(e, {})) for e in values.get(KG + "evidence", ())),
                            key=lambda e: (e.article, e.start or 0, e.sentence)))
    kinds = sorted(local_name(t) for t in values.get(_RDF_TYPE, ()) if t.startswith(KG))
    place = _first(values, KG + "place")
    confidence = _first(values, KG + "confidence")
    return Edge(
        iri, local_name(pred), agent, target, next((k for k in kinds if k != "Relation"), "Relation"),
        _first(values, KG + "date"), _first(values, KG + "mode"),
        nodes[place].label if place in nodes else place, _first(values, KG + "role"),
        _first(values, KG + "modality"), _first(values, KG + "cameo"),
        float(confidence) if confidence is not None else None, evidence, _first(values, KG + "rule"),
        *(_first(values, KG + name) for name in _EVENT_CODES))


def _article(iri: str, v: dict[str, list[str]]) -> ArticleInfo:
    return ArticleInfo(iri, _first(v, _SCHEMA + "headline") or local_name(iri), _first(v, _SCHEMA + "datePublished"),
                       _first(v, _SCHEMA + "publisher"), _first(v, _SCHEMA + "url"), _first(v, KG + "fileName"),
                       _first(v, _SCHEMA + "articleBody") or _first(v, _SCHEMA + "text"),
                       tuple(sorted(v.get(_SCHEMA + "mentions", ()))))


def _evidence(v: dict[str, list[str]]) -> Evidence:
    start, end = _first(v, KG + "start"), _first(v, KG + "end")
    return Evidence(_first(v, KG + "sentence") or "", _first(v, _PROV_FROM) or "",
                    int(start) if start is not None else None, int(end) if end is not None else None)
