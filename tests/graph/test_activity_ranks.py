"""An incremental refresh ranks the first actors again from those ranked before and those it recounted."""

from __future__ import annotations

import random

import pyoxigraph as ox

from kg.graph import activity as counting
from kg.graph.iri import Iris

IRIS = Iris("https://kg.example.org/")
BUILD = ox.NamedNode(str(IRIS.graph("build")))
PERSON = ox.NamedNode("https://kg.example.org/ontology#Person")


def _node(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(IRIS.activity(ox.Literal(name), PERSON)))


def _write(store: ox.Store, counts: dict[str, tuple[int, int]], names) -> None:
    """The nodes of ``names`` anew, as a recount writes them (an actor without relations has none)."""
    for name in names:
        for quad in list(store.quads_for_pattern(_node(name), None, None, BUILD)):
            store.remove(quad)
        if counts[name][0]:
            store.extend([ox.Quad(*t, BUILD) for t in counting._node(IRIS, ox.Literal(name), PERSON, *counts[name])])


def _ranks(store: ox.Store) -> list[tuple[int, ox.NamedNode]]:
    rank = ox.NamedNode("https://kg.example.org/ontology#activityRank")
    return sorted((int(q.object.value), q.subject) for q in store.quads_for_pattern(None, rank, None, BUILD))


def _first(store: ox.Store) -> list[ox.NamedNode]:
    keys = counting._keys(store, BUILD)
    return sorted(keys, key=keys.__getitem__)[:counting.FIRST]


def test_the_first_ranks_follow_random_recounts():
    for trial in range(60):
        rnd = random.Random(trial)
        store = ox.Store()
        counts = {f"a{i:02d}": (rnd.randint(0, 6), rnd.randint(0, 4)) for i in range(rnd.randint(0, 60))}
        _write(store, counts, counts)
        store.extend([ox.Quad(*counting._rank(node, r), BUILD) for r, node in enumerate(_first(store), start=1)])
        for step in range(10):
            touched = rnd.sample(sorted(counts), k=min(len(counts), rnd.randint(1, 8)))
            touched.append(f"new{step}")
            counts.update({name: (rnd.randint(0, 8), rnd.randint(0, 4)) for name in touched})
            ranked = {q.subject: q for q in store.quads_for_pattern(
                None, ox.NamedNode("https://kg.example.org/ontology#activityRank"), None, BUILD)}
            _write(store, counts, touched)
            counting._rerank(store, BUILD, ranked, {_node(name) for name in touched})
            want = _first(store)
            assert _ranks(store) == list(enumerate(want, start=1)), (trial, step)
