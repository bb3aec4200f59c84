"""Hand-written extractions of three short articles: the graph is tested without the spaCy model."""

from __future__ import annotations

import hashlib

import pytest

from kg.graph import open_store
from kg.records import Article, Entity, Extraction, Relation


def _article(id_: str, body: str, published: str | None, title: str) -> Article:
    return Article(id=id_, body=body, title=title, published=published, source="Example Times",
                   url=f"https://news.example.com/{id_}", sha256=hashlib.sha256(body.encode()).hexdigest())


def _relation(body: str, sentence: str, subject: str, st: str, predicate: str, obj: str, ot: str, **kw) -> Relation:
    start = body.index(sentence)
    return Relation(subject=subject, subject_type=st, predicate=predicate, object=obj, object_type=ot,
                    sentence=sentence, start=start, end=start + len(sentence), **kw)


def make_extractions() -> list[Extraction]:
    """Three articles: a phone call reported twice (same date), a stance reported twice (undated)."""
    b1 = ("Chinese Foreign Minister Wang Yi talked with Russian Foreign Minister Sergei Lavrov by phone on "
          "Thursday. China firmly supports Russia. The two sides oppose hegemonism.")
    s1 = b1.split(". ")
    e1 = Extraction(
        article=_article("a1.txt", b1, "2022-10-28", "Wang and Lavrov talk by phone"),
        entities=(
            Entity("Wang Yi", "Person", aliases=("Wang",), mentions=2),
            Entity("Sergei Lavrov", "Person", aliases=("Lavrov",), mentions=1),
            Entity("China", "Country", aliases=("Beijing", "Chinese"), mentions=2, code="CHN"),
            Entity("Russia", "Country", aliases=("Russian",), mentions=2, code="RUS"),
            Entity("hegemonism", "Policy", mentions=1),
        ),
        relations=(
            _relation(b1, s1[0] + ".", "Wang Yi", "Person", "meets", "Sergei Lavrov", "Person",
                      date="2022-10-27", mode="phone", cameo="040", rule="talk-with", confidence=0.9, trigger="talked"),
            _relation(b1, s1[0] + ".", "Wang Yi", "Person", "holdsPosition", "China", "Country",
                      role="Foreign Minister", rule="title-apposition", confidence=0.8),
            _relation(b1, s1[0] + ".", "Sergei Lavrov", "Person", "holdsPosition", "Russia", "Country",
                      role="Foreign Minister", rule="title-apposition", confidence=0.8),
            _relation(b1, s1[1] + ".", "China", "Country", "supports", "Russia", "Country",
                      cameo="051", rule="svo", confidence=0.7, trigger="supports"),
            _relation(b1, s1[2], "China", "Country", "opposes", "hegemonism", "Policy", rule="svo", confidence=0.6),
            _relation(b1, s1[2], "Russia", "Country", "opposes", "hegemonism", "Policy", rule="svo", confidence=0.6),
        ),
    )
    b2 = ("Russian Foreign Minister Sergei Lavrov held a phone conversation with Wang Yi on October 27. "
          "Beijing backs Moscow, Lavrov said. Lavrov will visit Beijing.")
    s2 = b2.split(". ")
    e2 = Extraction(
        article=_article("b 2.txt", b2, "2022-10-29", "Lavrov calls Wang"),
        entities=(
            Entity("Sergei Lavrov", "Person", aliases=("Lavrov",), mentions=3),
            Entity("Wang Yi", "Person", mentions=1),
            Entity("China", "Country", aliases=("Beijing",), mentions=1, code="CHN"),
            Entity("Russia", "Country", aliases=("Moscow", "Russian"), mentions=2, code="RUS"),
            Entity("Beijing", "Place", mentions=1),
        ),
        relations=(
            _relation(b2, s2[0] + ".", "Sergei Lavrov", "Person", "meets", "Wang Yi", "Person",
                      date="2022-10-27", mode="phone", rule="phone-conversation", confidence=0.8),
            _relation(b2, s2[0] + ".", "Sergei Lavrov", "Person", "holdsPosition", "Russia", "Country",
                      role="Foreign Minister", rule="title-apposition", confidence=0.8),
            _relation(b2, s2[1] + ".", "China", "Country", "supports", "Russia", "Country",
                      speaker="Sergei Lavrov", rule="svo", confidence=0.75),
            _relation(b2, s2[2], "Sergei Lavrov", "Person", "visits", "Beijing", "Place",
                      modality="intended", rule="visit", confidence=0.7),
        ),
    )
    b3 = ("The European Union imposed sanctions on Russia in March. "
          "Josep Borrell, the EU's foreign policy chief, urged China to press Russia.")
    s3 = b3.split(". ")
    e3 = Extraction(
        article=_article("c3.txt", b3, "2022-11-20", "EU sanctions"),
        entities=(
            Entity("European Union", "Organization", aliases=("EU", "the EU"), mentions=2),
            Entity("Russia", "Country", mentions=2, code="RUS"),
            Entity("China", "Country", mentions=1, code="CHN"),
            Entity("Josep Borrell", "Person", mentions=1),
        ),
        relations=(
            _relation(b3, s3[0] + ".", "European Union", "Organization", "sanctions", "Russia", "Country",
                      date="2022-03", cameo="163", rule="impose-sanctions", confidence=0.9),
            _relation(b3, s3[1], "Josep Borrell", "Person", "holdsPosition", "European Union", "Organization",
                      role="foreign policy chief", rule="appositive-role", confidence=0.7),
            _relation(b3, s3[1], "Josep Borrell", "Person", "urges", "China", "Country", cameo="1",
                      rule="urge", confidence=0.65),
            _relation(b3, s3[1], "China", "Country", "supports", "Russia", "Country", confidence=0.4,
                      modality="called_for", rule="urge-content"),
        ),
    )
    return [e1, e2, e3]


@pytest.fixture
def extractions() -> list[Extraction]:
    return make_extractions()


@pytest.fixture
def out(tmp_path, extractions):
    """A build folder holding the three hand-made articles, merged."""
    with open_store(tmp_path) as store:
        for extraction in extractions:
            store.add(extraction)
        store.refresh()
    return tmp_path
