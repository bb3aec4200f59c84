"""The saved queries stay fast on a graph of 200 articles (generated records: no model needed).

Before they were scoped to the merged view, a label or evidence pattern matched once per article
that stated it and the saved queries took a minute or more at 200 articles (``active`` 105 s);
scoped, each takes well under 3 s here even on two busy cores (README, Querying). The bound below
is far from both: a regression to per-article matching fails it, a slow machine does not.
"""

from __future__ import annotations

import random
import time

import pytest

from kg.graph import Store
from kg.query import query, saved_queries
from kg.records import Article, Entity, Extraction, Relation

ARTICLES = 200
BOUND_SECONDS = 10.0
FIRST = ["Anna", "Boris", "Chen", "Dina", "Emil", "Farah", "Goran", "Hana", "Ivan", "Jana"]
LAST = ["Alder", "Brook", "Castell", "Dorn", "Ebbe", "Falk"]
COUNTRIES = ["Austria", "Brazil", "Chile", "Denmark", "Egypt", "Finland", "Ghana", "Hungary", "India", "Japan",
             "Kenya", "Latvia", "Mexico", "Norway", "Oman", "Peru"]
POLICIES = ["multilateralism", "hegemonism", "free trade", "sanctions policy", "arms control"]
# (predicate, subject class, object class, CAMEO code, PLOVER type)
ACTS = [("meets", "Person", "Person", "040", "CONSULT"), ("supports", "Country", "Policy", "051", "SUPPORT"),
        ("opposes", "Country", "Policy", "1", None), ("criticizes", "Country", "Country", "111", "ACCUSE"),
        ("cooperatesWith", "Country", "Country", "050", "COOPERATE"), ("praises", "Person", "Person", "051", "SUPPORT"),
        ("urges", "Person", "Country", "100", "DEMAND")]


PEOPLE = [f"{first} {last}" for first in FIRST for last in LAST]
COUNTRY_OF = {person: COUNTRIES[i % len(COUNTRIES)] for i, person in enumerate(PEOPLE)}  # each serves one country


def _article(index: int, rng: random.Random) -> Extraction:
    people = rng.sample(PEOPLE, 6)
    countries = sorted({COUNTRY_OF[p] for p in people} | set(rng.sample(COUNTRIES, 2)))
    pool = {"Person": people, "Country": countries, "Policy": rng.sample(POLICIES, 2)}
    body, relations = [], []
    published = f"2023-{1 + index % 12:02d}-{1 + index % 27:02d}"
    for person in people:
        relations.append(("holdsPosition", person, "Person", COUNTRY_OF[person], "Country", None, None))
    for _ in range(16):
        predicate, st, ot, cameo, plover = rng.choice(ACTS)
        subject, obj = rng.sample(pool[st] + pool[ot], 2) if st == ot else (rng.choice(pool[st]), rng.choice(pool[ot]))
        relations.append((predicate, subject, st, obj, ot, cameo, plover))
    records = []
    for predicate, subject, st, obj, ot, cameo, plover in relations:
        sentence = f"{subject} {predicate} {obj} ({len(body)})."
        start = sum(len(s) + 1 for s in body)
        body.append(sentence)
        date = published if predicate in ("meets", "praises") else None
        records.append(Relation(subject, st, predicate, obj, ot, sentence, start, start + len(sentence), date=date,
                                cameo=cameo, plover=plover, role="Foreign Minister" if cameo is None else None,
                                confidence=0.8))
    text = " ".join(body)
    entities = tuple(Entity(name, cls, mentions=2) for cls, names in pool.items() for name in names)
    article = Article(f"{index:04d}.txt", text, title=f"Article {index}", published=published,
                      source=f"Wire {index % 7}", sha256=f"{index:064d}")
    return Extraction(article, entities, (), tuple(records))


@pytest.fixture(scope="module")
def big_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("big")
    rng = random.Random(7)
    with Store(out / "store") as store:
        for index in range(ARTICLES):
            store.add(_article(index, rng))
        store.refresh()
    return out


CASES = [(name, {}) for name in sorted(saved_queries())] + [
    ("meetings", {"person": "Anna Alder"}), ("stances", {"actor": "Japan"}), ("positions", {"person": "Boris Brook"}),
    ("contacts", {"first": "Boris Dorn", "second": "Goran Falk"}), ("events", {"actor": "Japan"}),
    ("evidence", {"subject": "Japan", "predicate": "supports", "object": "multilateralism"}),
]


@pytest.mark.parametrize(("name", "params"), CASES)
def test_saved_query_is_fast_at_200_articles(big_build, name, params):
    started = time.perf_counter()
    result = query(name, out=big_build, params=params)
    seconds = time.perf_counter() - started
    assert len(result) > 0
    assert seconds < BOUND_SECONDS, f"{name} {params}: {seconds:.2f} s"
