"""graph.nq and graph.trig bulk-loaded into Debian's Virtuoso answer every query as `kg query` does.

Loaded as the README says (``ld_dir(folder, file, 'urn:kg:default')``: the triples without a graph
name, the merged view, go to urn:kg:default) and queried with ``default-graph-uri=urn:kg:default``,
Virtuoso's default graph is kg's: the saved queries, scoped to the merged view, give the same rows
with or without it; a query without GRAPH gives the same rows with it.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from interfaces_sample import DEFAULT_GRAPH_QUERIES, SAVED_QUERY_CASES, rows_of, rows_of_json
from kg.query import bind_values, query, saved_query

pytestmark = pytest.mark.integration
DEFAULT = "urn:kg:default"  # where the loader puts the triples without a graph name (the README's recipe)
INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = {sql}
DisableUnixSocket = 1
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 200M
[HTTPServer]
ServerPort = {http}
ServerRoot = {d}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
DefaultQuery = select distinct ?Concept where {{[] a ?Concept}} LIMIT 100
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _isql(port: int, sql: str) -> str:
    done = subprocess.run(["isql-vt", str(port), "dba", "dba", "VERBOSE=OFF", "BANNER=OFF", f"exec={sql}"],
                          capture_output=True, text=True, timeout=120, check=False, stdin=subprocess.DEVNULL)
    assert done.returncode == 0 and "Error" not in done.stdout + done.stderr, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module", params=["graph.nq", "graph.trig"])
def virtuoso(request, sample_build, tmp_path_factory):
    """A Virtuoso server on free local ports holding the sample build's N-Quads or TriG; yields its /sparql URL."""
    for program in ("virtuoso-t", "isql-vt"):
        if shutil.which(program) is None:
            pytest.skip(f"{program} is not installed (Debian package virtuoso-opensource)")
    d = tmp_path_factory.mktemp("virtuoso")
    name = request.param
    if name == "graph.trig":
        from kg.export import export
        from kg.query import open_graph

        (d / name).write_bytes(export(open_graph(sample_build), "trig"))
    else:
        shutil.copyfile(sample_build / name, d / name)
    sql, http = _free_port(), _free_port()
    (d / "virtuoso.ini").write_text(INI.format(d=d, sql=sql, http=http))
    server = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(d / "virtuoso.ini")], cwd=d,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{http}/sparql"
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": "ASK {}"}), timeout=3).read()
                break
            except (urllib.error.URLError, OSError):
                assert server.poll() is None, (d / "virtuoso.log").read_text(errors="replace")[-2000:]
                assert time.monotonic() < deadline, "virtuoso did not start within 90 s"
                time.sleep(0.5)
        _isql(sql, f"ld_dir('{d}', '{name}', 'urn:kg:default'); rdf_loader_run(); checkpoint;")
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _select(url: str, text: str, default_graph: str | None = None) -> dict:
    params = {"query": text, "format": "application/sparql-results+json"}
    if default_graph:
        params["default-graph-uri"] = default_graph
    body = urllib.parse.urlencode(params).encode()
    request = urllib.request.Request(url, data=body, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def test_every_quad_is_loaded(virtuoso, sample_build):
    expected = len(query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", out=sample_build))
    answer = _select(virtuoso, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                               "FILTER(STRSTARTS(STR(?g), 'https://kg.example.org/')) }")
    assert int(answer["results"]["bindings"][0]["n"]["value"]) == expected > 0
    default = len(query("SELECT * WHERE { ?s ?p ?o }", out=sample_build))
    answer = _select(virtuoso, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{DEFAULT}> {{ ?s ?p ?o }} }}")
    assert int(answer["results"]["bindings"][0]["n"]["value"]) == default > 0


@pytest.mark.parametrize(("name", "params"), SAVED_QUERY_CASES)
def test_saved_query_has_the_same_rows_as_kg_query(virtuoso, sample_build, name, params):
    local = query(name, out=sample_build, params=params)
    text = bind_values(saved_query(name), params)
    assert len(local) > 0
    for default_graph in (DEFAULT, None):  # scoped to the merged view: Virtuoso's union default graph is no matter
        assert rows_of_json(_select(virtuoso, text, default_graph), local.variables) == rows_of(local)


@pytest.mark.parametrize("text", DEFAULT_GRAPH_QUERIES)
def test_a_query_without_graph_sees_the_default_graph(virtuoso, sample_build, text):
    local = query(text, out=sample_build)
    assert len(local) > 0
    assert rows_of_json(_select(virtuoso, text, DEFAULT), local.variables) == rows_of(local)
