"""What a change of the merged view touches of what a refresh writes ahead into the build graph.

How active an actor is (kg.graph.activity) and the rows of the saved queries (kg.graph.listed) are
functions of a few triples of the merged view each: an event's agent, target, predicate, date,
mode, place and evidence; an entity's name and class; a piece of evidence's sentence and article;
an article's headline and file name. So from the triples an incremental refresh removed from and
added to the merged graph (kg.graph.refresh.update) :func:`touched` finds the events whose rows may
differ (those triples' events, and the events of the entities, evidence and articles they name),
the pairs of entities those events are about (both versions: before and after the change) and the
actors (name and class) whose counts may differ. Recounting and relisting just those costs what the
change reaches, not what the corpus holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.graph.activity import ACTOR_CLASSES
from kg.graph.merge import DERIVED_FROM, LABEL, RDF_TYPE
from kg.graph.namespace import KG, SCHEMA

__all__ = ["Touched", "touched"]

_K = {name: ox.NamedNode(str(KG[name])) for name in ("agent", "target", "predicate", "date", "mode", "place",
                                                       "evidence", "sentence", "fileName")}
_HEADLINE = ox.NamedNode(str(SCHEMA.headline))
# Which subjects a changed triple marks, by its predicate: an event, an entity, evidence or an article.
_KIND = {**{_K[p]: "event" for p in ("agent", "target", "predicate", "date", "mode", "place", "evidence")},
         LABEL: "entity", RDF_TYPE: "entity", DERIVED_FROM: "evidence", _K["sentence"]: "evidence",
         _HEADLINE: "article", _K["fileName"]: "article"}
# The events an entity's name or class reaches: those it takes part in or takes place at.
_ENTITY_ROLES = (_K["agent"], _K["target"], _K["place"])


@dataclass(frozen=True, slots=True)
class Touched:
    """What a change reaches: the pairs of entities (sorted by IRI; an entity with itself when it is both) of the
    events whose rows may differ, and the actors (name, class) whose counts may differ."""

    pairs: frozenset[tuple[ox.NamedNode, ox.NamedNode]]
    actors: frozenset[tuple[ox.Literal, ox.NamedNode]]


def touched(store: ox.Store, merged: ox.NamedNode, removed: Iterable[ox.Triple],
            added: Iterable[ox.Triple]) -> Touched:
    """What the triples ``removed`` from and ``added`` to the merged graph ``merged`` of ``store`` (written
    already) reach."""
    removed = list(removed)
    marked: dict[str, set[ox.NamedNode]] = defaultdict(set)
    for t in (*removed, *added):
        if t.predicate in _KIND:
            marked[_KIND[t.predicate]].add(t.subject)
    gone: dict[tuple, set] = defaultdict(set)  # what the removed triples said of each subject, by predicate
    for t in removed:
        gone[t.subject, t.predicate].add(t.object)

    def subjects(p: ox.NamedNode, o: ox.NamedNode) -> set[ox.NamedNode]:
        return {q.subject for q in store.quads_for_pattern(None, p, o, merged)}

    def values(s: ox.NamedNode, p: ox.NamedNode) -> set:
        return {q.object for q in store.quads_for_pattern(s, p, None, merged)} | gone.get((s, p), set())

    evidence = marked["evidence"] | {x for a in marked["article"] for x in subjects(DERIVED_FROM, a)}
    events = marked["event"] | {e for x in evidence for e in subjects(_K["evidence"], x)}
    events |= {e for x in marked["entity"] for role in _ENTITY_ROLES for e in subjects(role, x)}
    pairs, entities = set(), set(marked["entity"])
    for e in events:
        agents, targets = values(e, _K["agent"]), values(e, _K["target"])
        entities |= agents | targets
        # an entity with itself too: a stance may be on its own agent (kg.graph.listed)
        pairs |= {(a, b) if str(a) <= str(b) else (b, a) for a in agents for b in targets}
    actors = {(name, cls) for x in entities for cls in values(x, RDF_TYPE) & ACTOR_CLASSES
              for name in values(x, LABEL)}
    return Touched(frozenset(pairs), frozenset(actors))
