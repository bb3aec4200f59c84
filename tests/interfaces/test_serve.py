"""kg serve: a real Oxigraph SPARQL endpoint over HTTP, read-only, on a free local port.

Every saved query, and queries without GRAPH (the default graph), give the same rows from
``kg query``, the Python API, ``kg serve`` and an Oxigraph server loaded from graph.nq or
graph.trig as the README says (``oxigraph load``, then ``oxigraph serve-read-only``, no options).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from interfaces_sample import DEFAULT_GRAPH_QUERIES, SAVED_QUERY_CASES, rows_of, rows_of_json
from kg.query import bind_values, query, saved_query
from kg.serve import oxigraph_program, start

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _needs_oxigraph():
    try:
        oxigraph_program()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"the oxigraph server program is not installed: {exc}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _select(url: str, text: str) -> dict:
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": text}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def _update(url: str, text: str) -> int:
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"update": text}).encode())
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_endpoint_answers_a_saved_query_like_kg_query_and_refuses_updates(sample_build):
    with start(out=sample_build, port=_free_port(), timeout=5) as endpoint:
        assert endpoint.url.startswith("http://127.0.0.1:")
        answer = _select(endpoint.query_url, saved_query("meetings"))
        rows = {tuple(b[v]["value"] for v in ("date", "who", "met")) for b in answer["results"]["bindings"]}
        local = query("meetings", out=sample_build)
        assert rows == {(r["date"], r["who"], r["met"]) for r in local.dicts()} and len(rows) == 2
        assert _update(endpoint.update_url, "INSERT DATA { <urn:a> <urn:b> <urn:c> }") in (403, 405)
        count = _select(endpoint.query_url, "ASK { <urn:a> <urn:b> <urn:c> }")
        assert count["boolean"] is False


def test_writable_endpoint_works_on_a_copy_and_leaves_the_build_alone(sample_build):
    before = len(query("SELECT * WHERE { ?s ?p ?o }", out=sample_build))
    with start(out=sample_build, port=_free_port(), read_only=False) as endpoint:
        assert endpoint.location != sample_build / "store"
        assert _update(endpoint.update_url, "INSERT DATA { <urn:a> <urn:b> <urn:c> }") in (200, 204)
        assert _select(endpoint.query_url, "ASK { <urn:a> <urn:b> <urn:c> }")["boolean"] is True
    assert len(query("SELECT * WHERE { ?s ?p ?o }", out=sample_build)) == before


def test_serve_prints_its_url_and_serves_until_stopped(sample_build):
    port = _free_port()
    code = f"from kg.serve import serve; serve(out={str(sample_build)!r}, port={port}, timeout=5)"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    try:
        line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/query" in line and "read-only" in line
        answer = _select(f"http://127.0.0.1:{port}/query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert int(answer["results"]["bindings"][0]["n"]["value"]) > 0
    finally:
        process.terminate()
        process.wait(timeout=15)
    time.sleep(0.2)
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)


@pytest.fixture(scope="module")
def served(sample_build):
    """The query URL of `kg serve` on the sample build."""
    try:
        oxigraph_program()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"the oxigraph server program is not installed: {exc}")
    with start(out=sample_build, port=_free_port(), timeout=30) as endpoint:
        yield endpoint.query_url


@pytest.fixture(scope="module", params=["graph.nq", "graph.trig"])
def loaded(request, sample_build, tmp_path_factory):
    """The query URL of an Oxigraph server holding graph.nq or graph.trig, loaded as the README says."""
    from kg.export import export
    from kg.query import open_graph

    try:
        program = oxigraph_program()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"the oxigraph server program is not installed: {exc}")
    folder = tmp_path_factory.mktemp("oxigraph")
    dump = folder / request.param
    dump.write_bytes(export(open_graph(sample_build), "trig" if dump.suffix == ".trig" else "nquads"))
    subprocess.run([program, "load", "--location", str(folder / "db"), "--file", str(dump)], check=True,
                   capture_output=True, stdin=subprocess.DEVNULL)
    port = _free_port()
    server = subprocess.Popen([program, "serve-read-only", "--location", str(folder / "db"), "--bind",
                               f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _select(url, "ASK {}")
                break
            except (urllib.error.URLError, OSError):
                assert server.poll() is None and time.monotonic() < deadline, "oxigraph did not start"
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=15)


@pytest.mark.parametrize(("name", "params"), SAVED_QUERY_CASES)
def test_saved_query_rows_agree_across_kg_query_api_serve_and_a_loaded_server(served, loaded, sample_build,
                                                                               name, params):
    import kg

    local = query(name, out=sample_build, params=params)
    text = bind_values(saved_query(name), params)
    assert len(local) > 0 and rows_of(local) == sorted(set(rows_of(local)))  # no row twice
    assert rows_of(kg.open(sample_build).query(name, params)) == rows_of(local)
    for url in (served, loaded):
        assert rows_of_json(_select(url, text), local.variables) == rows_of(local), url


@pytest.mark.parametrize("text", DEFAULT_GRAPH_QUERIES)
def test_a_query_without_graph_sees_each_fact_once_everywhere(served, loaded, sample_build, text):
    local = query(text, out=sample_build)
    assert len(local) > 0
    for url in (served, loaded):
        assert rows_of_json(_select(url, text), local.variables) == rows_of(local), url
