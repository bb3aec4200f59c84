"""kg serve's gate, over real HTTP: local host names get rows, foreign ones (DNS rebinding) and other
sites' pages get 403, and a reply streaming past the time limit is cut."""

from __future__ import annotations

import http.client
import socket
import time
import urllib.parse
from pathlib import Path

import pytest

from kg.serve import start
from kg.serve_gate import GRACE_SECONDS, allowed_name, host_name
from tests.served import store_folder

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
TRIPLES = 400


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    """A build folder holding only a store of TRIPLES triples."""
    return store_folder(tmp_path_factory.mktemp("served"), TRIPLES)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def port(out):
    number = _free_port()
    with start(out=out, port=number, timeout=3) as endpoint:
        assert endpoint.url == f"http://127.0.0.1:{number}/"
        yield number


def _ask(port: int, headers: dict[str, str], query: str = COUNT, timeout: float = 30) -> tuple[int, str]:
    """POST ``query`` to the endpoint with exactly these extra headers; (status, body)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("POST", "/query", body=urllib.parse.urlencode({"query": query}),
                           headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv",
                                    **headers})
        reply = connection.getresponse()
        return reply.status, reply.read().decode("utf-8", "replace")
    finally:
        connection.close()


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "localhost", "LOCALHOST:{port}",
                                  "[::1]:{port}", "app.localhost:{port}"])
def test_a_local_host_name_gets_rows(port, host):
    assert _ask(port, {"Host": host.format(port=port)}) == (200, f"n\r\n{TRIPLES}\r\n")


@pytest.mark.parametrize("host", ["evil.example:{port}", "evil.example", "localhost.evil.example:{port}",
                                  "127.0.0.1.nip.io:{port}", "", "localhost:{port}@evil.example"])
def test_a_foreign_host_name_gets_403_and_no_rows(port, host):
    status, body = _ask(port, {"Host": host.format(port=port)})
    assert status == 403 and "not allowed" in body and str(TRIPLES) not in body


def test_a_request_without_host_gets_403(port):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        raw.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.0\r\n\r\n")
        answer = b""
        while chunk := raw.recv(4096):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 403 ")


@pytest.mark.parametrize(("origin", "status"), [("http://evil.example", 403), ("null", 403),
                                                ("http://localhost:{port}", 200), ("http://127.0.0.1:{port}", 200)])
def test_another_sites_page_cannot_post_queries(port, origin, status):
    assert _ask(port, {"Origin": origin.format(port=port)})[0] == status


def test_the_query_page_comes_through_the_gate(port):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/")
    reply = connection.getresponse()
    assert reply.status == 200 and b"<html" in reply.read().lower()
    connection.close()


def test_a_reply_streaming_past_the_time_limit_is_cut_and_the_endpoint_still_answers(port):
    # TRIPLES**3 = 64 million rows: far more than the server can send within the limit (3 s)
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    began = time.monotonic()
    status, body = _ask(port, {}, cross, timeout=60)
    took = time.monotonic() - began
    assert took < 3 + GRACE_SECONDS + 1.5, took
    assert status == 200 and body.count("\n") < TRIPLES ** 3  # cut, not finished
    assert _ask(port, {}) == (200, f"n\r\n{TRIPLES}\r\n")


@pytest.mark.parametrize(("value", "name"), [("localhost:7878", "localhost"), ("[::1]:7878", "::1"), ("[::1]", "::1"),
                                             ("Example.ORG", "example.org"), ("127.0.0.1", "127.0.0.1"),
                                             ("::1", ""), ("[broken", ""), ("a:1@b", "")])
def test_host_name_drops_the_port_and_brackets(value, name):
    assert host_name(value) == name


@pytest.mark.parametrize(("name", "bound", "allowed"), [
    ("localhost", "127.0.0.1", True), ("localhost.", "127.0.0.1", True), ("127.0.0.1", "127.0.0.1", True),
    ("10.0.0.5", "127.0.0.1", True),  # an address, not a name: it cannot be rebound
    ("my-box", "my-box", True), ("my-box", "127.0.0.1", False), ("evil.example", "127.0.0.1", False),
    ("evil.example", "0.0.0.0", False), ("", "127.0.0.1", False), ("localhost.evil.example", "::1", False),
    (socket.gethostname().lower(), "0.0.0.0", True),
])
def test_allowed_names(name, bound, allowed):
    assert allowed_name(name, bound) is allowed
