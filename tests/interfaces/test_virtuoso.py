"""The N-Quads bulk-loaded into Debian's Virtuoso answer a saved query as `kg query` does."""

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

from kg.query import bind_values, query, saved_query

pytestmark = pytest.mark.integration
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


@pytest.fixture(scope="module")
def virtuoso(sample_build, tmp_path_factory):
    """A Virtuoso server on free local ports holding the sample build's N-Quads; yields its /sparql URL."""
    for program in ("virtuoso-t", "isql-vt"):
        if shutil.which(program) is None:
            pytest.skip(f"{program} is not installed (Debian package virtuoso-opensource)")
    d = tmp_path_factory.mktemp("virtuoso")
    shutil.copyfile(sample_build / "graph.nq", d / "graph.nq")
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
        _isql(sql, f"ld_dir('{d}', 'graph.nq', 'urn:kg:default'); rdf_loader_run(); checkpoint;")
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _select(url: str, text: str) -> dict:
    body = urllib.parse.urlencode({"query": text, "format": "application/sparql-results+json"}).encode()
    request = urllib.request.Request(url, data=body, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def _rows(answer: dict, variables) -> set[tuple]:
    return {tuple(b.get(v, {}).get("value") for v in variables) for b in answer["results"]["bindings"]}


def test_every_quad_is_loaded(virtuoso, sample_build):
    expected = len(query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", out=sample_build))
    answer = _select(virtuoso, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                               "FILTER(STRSTARTS(STR(?g), 'https://kg.example.org/')) }")
    assert int(answer["results"]["bindings"][0]["n"]["value"]) == expected > 0


@pytest.mark.parametrize(("name", "params"), [
    ("meetings", {"person": "Lavrov"}),
    ("stances", {}),
    ("evidence", {"predicate": "meets", "subject": "Wang Yi"}),
    ("contacts", {"first": "Wang Yi", "second": "Sergei Lavrov"}),
])
def test_saved_query_has_the_same_answer_as_kg_query(virtuoso, sample_build, name, params):
    local = query(name, out=sample_build, params=params)
    remote = _select(virtuoso, bind_values(saved_query(name), params))
    assert len(local) > 0
    assert _rows(remote, local.variables) == {tuple(r[v] for v in local.variables) for r in local.dicts()}
