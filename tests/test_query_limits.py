"""kg query within limits that really stop a query: time, memory, rows; SERVICE refused."""

from __future__ import annotations

import threading
import time

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.query import Limits, query
from kg.query_limits import run_limited, uses_service

_HELD = threading.Lock()  # held by another thread of the test process while a query runs
PRODUCT = "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } ORDER BY ?b ?d ?f"


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    store = ox.Store(str(out / "store"))
    store.extend([ox.Quad(ox.NamedNode(f"https://example.org/s{i}"), ox.NamedNode("https://example.org/p"),
                          ox.Literal(f"value {i} " * 20), ox.DefaultGraph()) for i in range(400)])
    store.flush()
    del store
    return out


def test_a_small_query_answers(build):
    result = query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", out=build)
    assert result.rows[0][0].value == "400"


def test_an_order_by_over_a_product_is_stopped_at_the_time_limit(build):
    started = time.monotonic()
    with pytest.raises(QueryError, match="stopped after 2 s"):
        query(PRODUCT, out=build, limits=Limits(timeout=2))
    assert time.monotonic() - started < 2 + 2


def test_a_query_taking_too_much_memory_is_stopped(build):
    started = time.monotonic()
    with pytest.raises(QueryError, match="MiB of memory"):
        query(PRODUCT, out=build, limits=Limits(timeout=120, max_memory=300 << 20))
    assert time.monotonic() - started < 120


def test_too_many_rows_stop_a_streaming_query(build):
    with pytest.raises(QueryError, match="more than 1,000 result rows"):
        query("SELECT * WHERE { ?a ?p ?b . ?c ?q ?d }", out=build, limits=Limits(max_rows=1000))
    assert len(query("SELECT * WHERE { ?a ?p ?b . ?c ?q ?d } LIMIT 1000", out=build, limits=Limits(max_rows=1000))) == 1000


def test_service_is_refused_before_anything_runs(build):
    with pytest.raises(QueryError, match="SERVICE is off"):
        query("SELECT * WHERE { SERVICE <http://127.0.0.1:8080/sparql> { ?s ?p ?o } }", out=build)
    assert uses_service("select * where { service silent <http://x/> { ?s ?p ?o } }")
    assert not uses_service('SELECT ?service WHERE { ?service <http://x/SERVICE> "SERVICE" } # SERVICE')
    assert not uses_service("PREFIX ex: <http://x/> SELECT * WHERE { ?s ex:SERVICE ?o }")


def test_kg_query_over_its_limit_is_a_one_line_error(build, tmp_path, capsys, monkeypatch):
    from kg.cli import main

    (tmp_path / "pyproject.toml").write_text("[tool.kg]\nquery-timeout = 1.0\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["query", PRODUCT, "-o", str(build)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg: error: stopped after 1 s") and len(err.splitlines()) == 1


def test_a_result_converts_each_distinct_term_once_and_keeps_every_row():
    from kg.query_result import QueryResult, Term, term_reader

    xsd, rdf = "http://www.w3.org/2001/XMLSchema#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    said = ox.NamedNode("https://example.org/said")
    values = (ox.Literal("yes"), ox.Literal("yes", language="en"), ox.Literal("1", datatype=ox.NamedNode(xsd + "integer")))
    store = ox.Store()
    store.extend([ox.Quad(ox.NamedNode(f"https://example.org/p{i}"), said, value, ox.DefaultGraph())
                  for i in range(3) for value in values])
    text = "SELECT ?p ?text ?none WHERE { ?p <https://example.org/said> ?text } ORDER BY ?p ?text"
    result = QueryResult.from_oxigraph(store.query(text))
    assert len(result) == 9 and {row[2] for row in result.rows} == {None}
    assert {row[1] for row in result.rows} == {Term("literal", "yes", xsd + "string"),
                                              Term("literal", "yes", rdf + "langString", "en"),
                                              Term("literal", "1", xsd + "integer")}
    assert result.rows[0][0] is result.rows[1][0] is result.rows[2][0]  # one Term per distinct term
    read = term_reader()
    assert read(ox.Literal("yes")) is read(ox.Literal("yes")) != read(ox.Literal("yes", language="en"))
    assert read(None) is None


def _ask_once_the_lock_is_free():
    with _HELD:
        return ox.Store().query("ASK {}")


def test_a_query_from_a_process_with_other_threads_inherits_none_of_their_locks():
    # an open store's engine threads hold locks at any moment: a fork would copy one held, for ever
    taken, finished = threading.Event(), threading.Event()

    def hold() -> None:
        with _HELD:
            taken.set()
            finished.wait()

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    taken.wait()
    try:
        result = run_limited("ASK {}", _ask_once_the_lock_is_free, Limits(timeout=20))
    finally:
        finished.set()
        holder.join()
    assert result.boolean is True
