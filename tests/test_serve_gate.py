"""kg serve's gate, over real HTTP: local host names get rows, foreign ones (DNS rebinding) and other
sites' pages get 403, and a query past the time limit is a 504 or a reply clients see as incomplete."""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kg.serve import start
from kg.serve_gate import BUFFER_BYTES, Gate, allowed_name, host_name
from tests.served import store_folder

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LONG = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 60000"
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
    # (the count's row, not its digits: the message names the port, which may hold "400")
    assert status == 403 and "not allowed" in body and f"n\r\n{TRIPLES}\r\n" not in body


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


def _reply(port: int, query: str) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("POST", "/query", body=urllib.parse.urlencode({"query": query}),
                       headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    return connection.getresponse()


def test_a_small_reply_comes_whole_with_its_length(port):
    reply = _reply(port, COUNT)
    assert reply.getheader("Content-Length") == str(len(f"n\r\n{TRIPLES}\r\n"))
    assert reply.getheader("Transfer-Encoding") is None and reply.read() == f"n\r\n{TRIPLES}\r\n".encode()


def test_a_long_reply_that_ends_in_time_comes_whole_and_chunked(port):
    # 60,000 rows of over 30 bytes: past the gate's buffer, sent well within the limit (3 s)
    reply = _reply(port, LONG)
    body = reply.read()  # http.client checks the last chunk: IncompleteRead if it were missing
    assert reply.status == 200 and reply.getheader("Transfer-Encoding") == "chunked" and len(body) > BUFFER_BYTES
    assert body.count(b"\r\n") == 1 + 60_000


def test_a_query_past_the_time_limit_before_any_row_is_a_504_with_one_line(port):
    # a count over TRIPLES**3 = 64 million rows: the server sends its headers at once, the row never in time
    began = time.monotonic()
    status, body = _ask(port, {}, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=60)
    assert time.monotonic() - began < 3 + 1.5
    assert status == 504 and body.count("\n") == 1 and "time limit (3s)" in body


def test_a_reply_streaming_past_the_time_limit_is_incomplete_for_the_client_and_the_endpoint_still_answers(port):
    # TRIPLES**3 = 64 million rows: far more than the server can send within the limit (3 s)
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    began = time.monotonic()
    reply = _reply(port, cross)
    assert reply.status == 200 and reply.getheader("Transfer-Encoding") == "chunked"
    with pytest.raises(http.client.IncompleteRead) as cut:
        reply.read()
    assert time.monotonic() - began < 3 + 1.5
    assert len(cut.value.partial) > BUFFER_BYTES
    assert _ask(port, {}) == (200, f"n\r\n{TRIPLES}\r\n")


def test_an_http_1_0_client_still_gets_the_long_reply_until_the_connection_ends(port):
    body = urllib.parse.urlencode({"query": LONG})
    with socket.create_connection(("127.0.0.1", port), timeout=30) as raw:
        raw.sendall(f"POST /query HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    f"Accept: text/csv\r\nContent-Length: {len(body)}\r\n\r\n{body}".encode())
        answer = b""
        while chunk := raw.recv(1 << 16):
            answer += chunk
    head, _, rows = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ") and b"chunked" not in head.lower()
    assert rows.count(b"\r\n") == 1 + 60_000


class _Cancelling(BaseHTTPRequestHandler):
    """A server that stops the query itself, as Oxigraph does: rows, then its cancellation text, status 200."""

    protocol_version = "HTTP/1.1"
    rows = 10

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for data in [b"n\r\n", *([b"row of data\r\n" * 1000] * self.rows), b"The SPARQL operation has been cancelled"]:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.write(b"0\r\n\r\n")

    def log_message(self, *args) -> None:
        pass


@contextmanager
def _gate_before(handler) -> Iterator[int]:
    backend = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=backend.serve_forever, daemon=True).start()
    number = _free_port()
    gate = Gate("127.0.0.1", number)
    try:
        gate.open(backend.server_address, limit=10)
        yield number
    finally:
        gate.close()
        backend.shutdown()
        backend.server_close()


@pytest.mark.parametrize("rows", [10, 2 * BUFFER_BYTES // len(b"row of data\r\n" * 1000)])
def test_a_reply_the_server_cancelled_is_never_passed_on_as_complete(rows, monkeypatch):
    monkeypatch.setattr(_Cancelling, "rows", rows)
    with _gate_before(_Cancelling) as number:
        connection = http.client.HTTPConnection("127.0.0.1", number, timeout=30)
        connection.request("GET", "/query?query=ASK%7B%7D")
        reply = connection.getresponse()
        if rows == 10:  # short: refused whole
            assert reply.status == 504 and b"time limit" in reply.read()
        else:  # long: streaming had begun, the last chunk never comes
            with pytest.raises(http.client.IncompleteRead) as cut:
                reply.read()
            assert b"cancelled" not in cut.value.partial
        connection.close()


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
