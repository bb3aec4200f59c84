"""The real sample build (needs the spaCy model): valid, stable, incremental, removable."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.graph import remove, validate

pytestmark = pytest.mark.slow

ARTICLES = sorted((Path(__file__).resolve().parents[2] / "data" / "articles").glob("*.txt"))
FORMATS = ["nquads", "trig", "turtle", "relations", "entities"]


def _build(inputs, out):
    from kg.pipeline import build

    return build(inputs, out=out, formats=FORMATS, progress=False)


def _content(out: Path) -> set[str]:
    """N-Quads of the build without its build-metadata graph."""
    quads = ox.parse(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    return {str(q) for q in quads if not str(q.graph_name).endswith("/graph/build>")}


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample")
    report = _build(ARTICLES, out)
    assert report.articles_built == len(ARTICLES) == 5
    return out


def test_sample_build_conforms_to_the_shapes(sample):
    report = validate(out=sample)
    assert report.conforms, report.text


def test_sample_build_has_no_blank_nodes_and_one_graph_per_article(sample):
    quads = list(ox.parse(path=str(sample / "graph.trig"), format=ox.RdfFormat.TRIG))
    assert not any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object, q.graph_name))
    article_graphs = {str(q.graph_name) for q in quads if "/graph/article/" in str(q.graph_name)}
    assert len(article_graphs) == len(ARTICLES)
    assert {str(q) for q in quads} == {str(q) for q in ox.parse(path=str(sample / "graph.nq"),
                                                                format=ox.RdfFormat.N_QUADS)}


def test_three_then_two_articles_equal_five_at_once(sample, tmp_path):
    _build(ARTICLES[:3], tmp_path)
    _build(ARTICLES[3:], tmp_path)
    assert _content(tmp_path) == _content(sample)
    again = _build(ARTICLES, tmp_path)  # nothing changed: nothing is extracted, nothing moves
    assert again.articles_built == 0 and _content(tmp_path) == _content(sample)


def test_remove_shrinks_the_sample_graph(sample, tmp_path):
    _build(ARTICLES, tmp_path)
    before = _content(tmp_path)
    assert remove(ARTICLES[3].name, out=tmp_path)
    after = _content(tmp_path)
    assert len(after) < len(before)
    assert not any(ARTICLES[3].name in q for q in after)
    assert ARTICLES[3].name not in (tmp_path / "relations.jsonl").read_text("utf-8")
    assert validate(out=tmp_path).conforms
