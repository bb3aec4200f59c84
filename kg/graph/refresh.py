"""Refresh the views after some articles changed, touching only what those articles reach.

The merged graph is a function of the article graphs piece by piece (kg.graph.merge): the triples
of one subject (an entity, article or evidence node) come from that subject's nodes in the article
graphs, and the events of one group (predicate, agent, target) from that group's reports. So
:func:`update` recomputes the subjects and groups that the old and new versions of the changed
article graphs hold, with the functions a full merge uses, and writes the difference. The rules
(kg.graph.rules) run again for the events whose triples changed and for the events whose
participants' class or positions changed; the default graph (merged ∪ derived) follows both, and
the counts are corrected by counting what the change reaches before and after it.

    before(store, g)   what an article graph holds, read before it is replaced or removed
    update(...)        the views after the change, from those and the article graphs now stored
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.graph.counts import ARTICLE_COUNTS, Counts, count_store
from kg.graph.iri import Iris
from kg.graph.merge import (DERIVED_FROM, NEWS, RDF_TYPE, Node, copied, entity, events, group,
                            is_entity, report, source)
from kg.graph.namespace import KG, PREFIXES
from kg.graph.rules import PARTICIPANT_FACTS, derive

__all__ = ["Before", "before", "read_graph", "update"]

_RULE = ox.NamedNode(str(KG.rule))
_AGENT, _TARGET, _PREDICATE = (ox.NamedNode(str(KG[p])) for p in ("agent", "target", "predicate"))
_HOLDS_POSITION = ox.NamedNode(str(KG.holdsPosition))
# One group at a time, agent and target first: Oxigraph looks constants up in its indexes and joins in
# the order written (a table of several rows, or a predicate first, would scan many events).
_SELECT_EVENTS = "SELECT ?x WHERE { GRAPH %s { ?x kg:agent %s ; kg:target %s ; kg:predicate %s } }"
_ASK_DERIVED = "ASK { GRAPH %s { ?d kg:agent %s ; kg:target %s ; kg:predicate %s } }"


@dataclass(frozen=True, slots=True)
class Before:
    """What one article graph held before a change: the subjects and event groups it reached, its counts."""

    subjects: frozenset[ox.NamedNode]
    groups: frozenset[tuple]
    counts: Counts


def read_graph(store: ox.Store, g: ox.NamedNode) -> dict[ox.NamedNode, Node]:
    """One named graph as ``{subject: {predicate: [objects]}}``."""
    subjects: dict = defaultdict(lambda: defaultdict(list))
    for q in store.quads_for_pattern(None, None, None, g):
        subjects[q.subject][q.predicate].append(q.object)
    return subjects


def _keys(subjects: dict[ox.NamedNode, Node]) -> tuple[set[ox.NamedNode], dict[tuple, set[ox.NamedNode]]]:
    """The merged subjects one article graph contributes to, and its report nodes by event group."""
    src = source(subjects)
    groups: dict[tuple, set[ox.NamedNode]] = defaultdict(set)
    if src is None:
        return set(), groups
    reached = {s for s, node in subjects.items() if is_entity(node) or next(copied(s, node), None) is not None}
    for s, node in subjects.items():
        r = report(src, s, node)
        if r is not None and (key := group(r)) is not None:
            groups[key].add(s)
    return reached, groups


def before(store: ox.Store, g: ox.NamedNode) -> Before:
    """What article graph ``g`` holds now (nothing when it is not stored), to be read before it changes."""
    subjects, groups = _keys(read_graph(store, g))
    counts = count_store(store, keys={name: [(g,)] for name in ARTICLE_COUNTS})
    return Before(frozenset(subjects), frozenset(groups.keys()), counts)


class _Articles:
    """The article graphs, read node by node."""

    def __init__(self, store: ox.Store, graphs: set[ox.NamedNode]) -> None:
        self.store, self.graphs = store, graphs
        self.sources: dict = {}

    def source(self, g: ox.NamedNode):
        if g not in self.sources:
            found = next(self.store.quads_for_pattern(None, RDF_TYPE, NEWS, g), None)
            self.sources[g] = None if found is None else source({found.subject: self.node(found.subject, g)})
        return self.sources[g]

    def node(self, s: ox.NamedNode, g: ox.NamedNode) -> Node:
        node: Node = defaultdict(list)
        for q in self.store.quads_for_pattern(s, None, None, g):
            node[q.predicate].append(q.object)
        return node

    def nodes(self, s: ox.NamedNode) -> dict[ox.NamedNode, Node]:
        """The nodes of ``s`` in every article graph, by graph."""
        found: dict = defaultdict(lambda: defaultdict(list))
        for q in self.store.quads_for_pattern(s, None, None, None):
            if q.graph_name in self.graphs:
                found[q.graph_name][q.predicate].append(q.object)
        return found


def _subject(articles: _Articles, s: ox.NamedNode) -> set[ox.Triple]:
    """The merged triples of one entity, article or evidence node (kg.graph.merge.merge, for one subject)."""
    stated, triples = [], set()
    for g in sorted(nodes := articles.nodes(s), key=str):
        src = articles.source(g)
        if src is None:
            continue
        if is_entity(nodes[g]):
            stated.append((src.article, nodes[g]))
        triples.update(copied(s, nodes[g]))
    if stated:
        triples.update(entity(s, stated))
    return triples


def _reports(articles: _Articles, merged: ox.NamedNode, old_events: set[ox.NamedNode], nodes: set[ox.NamedNode],
             groups: set[tuple]) -> list:
    """Every report of ``groups``: those the old merged events come from (read again: their article may
    have changed or gone) and the report ``nodes`` of the changed article graphs."""
    nodes = set(nodes)
    for e in old_events:
        nodes.update(q.object for q in articles.store.quads_for_pattern(e, DERIVED_FROM, None, merged))
    reports = []
    for x in sorted(nodes, key=str):
        for g, node in sorted(articles.nodes(x).items(), key=lambda item: str(item[0])):
            src = articles.source(g)
            r = report(src, x, node) if src is not None else None
            if r is not None and group(r) in groups:
                reports.append(r)
    return reports


def _triples(store: ox.Store, subjects: Iterable[ox.NamedNode], graph: ox.NamedNode) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for s in subjects
            for q in store.quads_for_pattern(s, None, None, graph)}


def _select(store: ox.Store, query: str) -> set[ox.NamedNode]:
    return {row["x"] for row in store.query(query, prefixes=PREFIXES)}


def _write(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph, removed: Iterable[ox.Triple],
           added: Iterable[ox.Triple]) -> None:
    for t in removed:
        store.remove(ox.Quad(t.subject, t.predicate, t.object, graph))
    store.extend([ox.Quad(t.subject, t.predicate, t.object, graph) for t in added])


def update(store: ox.Store, iris: Iris, changed: dict[ox.NamedNode, Before], totals: Counts,
           delta: dict | None = None) -> Counts:
    """Bring the merged, derived and default graphs up to date after the article graphs ``changed``
    (each with what it held before) and return the new counts, given those of the views before.

    ``delta``, when given, receives per view graph (merged, derived, default) the triples removed
    from it and those added to it: the graph before, less the first, plus the second, is the graph now."""
    merged, derived = (ox.NamedNode(str(iris.graph(kind))) for kind in ("merged", "derived"))
    graphs = {q.subject for q in store.quads_for_pattern(None, RDF_TYPE, ox.NamedNode(str(KG.ArticleGraph)), None)
              if q.subject == q.graph_name}
    subjects: set[ox.NamedNode] = set()
    groups: set[tuple] = set()
    reports: set[ox.NamedNode] = set()  # the report nodes of the changed article graphs
    for g, old in changed.items():
        now, now_groups = _keys(read_graph(store, g)) if g in graphs else (set(), {})
        subjects |= old.subjects | now
        groups |= old.groups | set(now_groups)
        reports |= {x for xs in now_groups.values() for x in xs}
    old_groups = _events_by_group(store, merged, groups)
    counted = count_store(store, keys={"entities": [(s,) for s in subjects],
                                       "events": [(x,) for xs in old_groups.values() for x in xs]})
    removed, added = _remerge(store, iris, _Articles(store, graphs), subjects, old_groups, reports, set(changed))
    new_groups = _events_by_group(store, merged, groups)

    reach = {t.subject for t in removed | added} & set().union(*old_groups.values(), *new_groups.values())
    reach |= _neighbours(store, merged, removed | added, subjects)
    gone, came, derived_counts = _rederive(store, merged, derived, reach)
    if delta is not None:
        delta[merged], delta[derived] = (set(removed), set(added)), (gone, came)
    removed |= gone
    added |= came
    unstated = [t for t in removed if not any(
        ox.Quad(t.subject, t.predicate, t.object, graph) in store for graph in (merged, derived))]
    _write(store, ox.DefaultGraph(), unstated, added)
    if delta is not None:
        delta[ox.DefaultGraph()] = (unstated, added)

    after = count_store(store, keys={"entities": [(s,) for s in subjects],
                                     "events": [(x,) for xs in new_groups.values() for x in xs],
                                     **{name: [(g,) for g in changed] for name in ARTICLE_COUNTS}})
    left = sum((old.counts for old in changed.values()), Counts())
    # a fact is a group (predicate, agent, target) with events: counted here, a SPARQL count per group is slow
    facts = Counts(facts=sum(map(bool, new_groups.values())) - sum(map(bool, old_groups.values())))
    return totals - left - counted + after + derived_counts + facts


def _remerge(store: ox.Store, iris: Iris, articles: _Articles, subjects: set[ox.NamedNode],
             old_groups: dict[tuple, set[ox.NamedNode]], reports: set[ox.NamedNode],
             changed: set[ox.NamedNode]) -> tuple[set, set]:
    """Recompute the merged triples of ``subjects`` and of the events of the groups, write the
    difference; the triples removed from and added to the merged graph."""
    merged = ox.NamedNode(str(iris.graph("merged")))
    old_events = set().union(*old_groups.values())
    old = _triples(store, subjects | old_events, merged)
    new = {t for s in subjects for t in _subject(articles, s)}
    new |= set(events(_reports(articles, merged, old_events, reports, set(old_groups)), iris))
    for g in changed:  # the merged graph names the article graphs it comes from
        link = ox.Triple(merged, DERIVED_FROM, g)
        old |= {link} if ox.Quad(merged, DERIVED_FROM, g, merged) in store else set()
        new |= {link} if g in articles.graphs else set()
    removed, added = old - new, new - old
    _write(store, merged, removed, added)
    return removed, added


def _events_by_group(store: ox.Store, merged: ox.NamedNode, groups: set[tuple]) -> dict[tuple, set[ox.NamedNode]]:
    return {(p, a, t): _select(store, _SELECT_EVENTS % (merged, a, t, p)) for p, a, t in groups}


def _neighbours(store: ox.Store, merged: ox.NamedNode, delta: set[ox.Triple], subjects: set) -> set[ox.NamedNode]:
    """The merged events whose derived facts may change with the participant facts in ``delta``."""
    changed = {t.subject for t in delta if t.predicate in PARTICIPANT_FACTS and t.subject in subjects}
    retyped = {t.subject for t in delta if t.predicate == RDF_TYPE and t.subject in subjects}
    changed |= {q.subject for c in retyped for q in store.quads_for_pattern(None, _HOLDS_POSITION, c, merged)}
    return {q.subject for y in changed for role in (_AGENT, _TARGET)
            for q in store.quads_for_pattern(None, role, y, merged)}


def _rederive(store: ox.Store, merged: ox.NamedNode, derived: ox.NamedNode,
              reach: set[ox.NamedNode]) -> tuple[set[ox.Triple], set[ox.Triple], Counts]:
    """Run the rules again for the events ``reach``; the triples removed from and added to the derived
    graph, and the change in the count of derived events."""
    if not reach:
        return set(), set(), Counts()
    nodes = {q.subject for e in reach for q in store.quads_for_pattern(None, DERIVED_FROM, e, derived)}
    before_count = count_store(store, keys={"derived": [(d,) for d in nodes]})
    old = _triples(store, nodes, derived)
    made = set(derive(store, merged, events=reach))
    new_nodes = {t.subject for t in made if t.predicate == _RULE}
    new = {t for t in made if t.subject in new_nodes}
    removed, added = old - new, new - old
    _write(store, derived, removed, added)
    # A rule's direct triple (agent, predicate, target of a derived event) stays while an event states it.
    stated = _direct(old) - (made - new)
    dropped = {t for t in stated if not store.query(_ASK_DERIVED % (derived, t.subject, t.object, t.predicate),
                                                    prefixes=PREFIXES)}
    _write(store, derived, dropped, [])
    removed |= dropped
    fresh = {t for t in made - new if ox.Quad(t.subject, t.predicate, t.object, derived) not in store}
    _write(store, derived, [], fresh)
    added |= fresh
    return removed, added, count_store(store, keys={"derived": [(d,) for d in new_nodes]}) - before_count


def _direct(triples: set[ox.Triple]) -> set[ox.Triple]:
    """The direct triple (agent, predicate, target) of each derived event among ``triples``."""
    parts: dict = defaultdict(dict)
    for t in triples:
        if t.predicate in (_AGENT, _PREDICATE, _TARGET):
            parts[t.subject][t.predicate] = t.object
    return {ox.Triple(p[_AGENT], p[_PREDICATE], p[_TARGET]) for p in parts.values()}
