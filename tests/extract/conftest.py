"""Helpers for extraction tests: run the real pipeline on short made-up texts."""

from __future__ import annotations

import pytest

from kg.records import Article


@pytest.fixture(scope="session")
def run():
    """Extract from one text; returns the Extraction."""
    pytest.importorskip("spacy")
    from kg.extract import extract  # noqa: PLC0415

    def _run(text: str, published: str | None = "2024-03-15"):
        return next(extract([Article(id="t.txt", body=text, published=published)]))

    return _run


def triples(extraction) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every relation."""
    return {(r.subject, r.predicate, r.object) for r in extraction.relations}


def facts(extraction) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of the relations stated as having happened (or as stances)."""
    return {(r.subject, r.predicate, r.object) for r in extraction.relations if r.factual}
