"""The gate in front of the Oxigraph server: it checks the Host and Origin of every request.

The Oxigraph server answers any Host header, and has no option to restrict it. A web page on a
name that its owner points at 127.0.0.1 (DNS rebinding) would then be the same origin as the
endpoint and could query it from the user's browser. The gate listens on the public address,
answers 403 to a request whose Host is not a local name, or whose Origin is another site's (a
cross-site form could otherwise POST an update), and forwards the rest to the server on a
private loopback port.

The gate also holds replies to the query time limit, so that a client cannot take a reply cut
short for a whole one (the server's own limit ends a reply with an error text and status 200,
and does not stop a sort in progress). It gathers the first :data:`BUFFER_BYTES` of a reply:

    the reply ends within them, in time      sent whole, with its Content-Length
    the time limit passes first              504 and a one-line message, no part of the reply
    the reply is longer                      streamed with chunked transfer coding; past the
                                             limit the connection is closed without the last
                                             (zero-length) chunk, which HTTP clients report as
                                             an incomplete transfer

The server's own limit is set :data:`GRACE_SECONDS` later than the gate's, and a reply ending in its
cancellation text is treated as cut all the same. An HTTP/1.0 client cannot take chunked coding:
its long replies end with the connection, cut or not.

Allowed names: ``localhost``, the bound host, an IP literal (a rebound name is never one: the
browser sends the name it resolved) and, when bound to every interface, this machine's names.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kg.errors import KgError

__all__ = ["Gate", "allowed_name", "host_name", "GRACE_SECONDS", "BUFFER_BYTES"]

GRACE_SECONDS = 2.0  # the server stops a query this long after the gate has cut it (kg.serve)
BUFFER_BYTES = 1 << 20  # a reply up to this long is sent whole or not at all
_CHUNK = 64 * 1024
_CANCELLED = b"The SPARQL operation has been cancelled"  # what the server writes into a reply it stops
_WILDCARDS = {"", "0.0.0.0", "::"}
_HOST = re.compile(r"(?:\[(?P<v6>[0-9a-f:.]+)\]|(?P<name>[a-z0-9._-]*))(?::[0-9]{1,5})?")
# Headers that describe one connection, not the message: never passed on (RFC 9110, 7.6.1).
_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
               "te", "trailer", "transfer-encoding", "upgrade"}


def host_name(value: str) -> str:
    """The name in a Host header value, without port or IPv6 brackets, lower-cased (``[::1]:7878`` -> ``::1``).

    Anything that is not a name, an address and an optional port gives "" (``a:1@b``, ``[::1``).
    """
    match = _HOST.fullmatch(value.strip().lower())
    if match is None:
        return ""
    return match["v6"] or match["name"]


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def allowed_name(name: str, bound: str) -> bool:
    """Whether a request for host ``name`` may reach an endpoint bound to ``bound``."""
    name = name.rstrip(".")
    if not name:
        return False
    if _is_ip(name) or name in ("localhost", bound.strip("[]").lower()) or name.endswith(".localhost"):
        return True  # *.localhost always resolves to loopback (RFC 6761)
    if bound in _WILDCARDS:
        return name in {socket.gethostname().lower(), socket.getfqdn().lower()}
    return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    backend: tuple[str, int]
    bound: str
    limit: float

    def handle_error(self, request, client_address) -> None:  # a client gone mid-reply is no error to print
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format, *args) -> None:  # noqa: A002  (the server's own log stays quiet)
        pass

    def do_GET(self) -> None:
        self._forward()

    do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_PATCH = do_GET

    def _refuse(self, status: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response_only(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.close_connection = True

    def _allowed(self) -> str | None:
        """None when the request may pass; else why not."""
        host = self.headers.get("Host")
        if host is None or not allowed_name(host_name(host), self.server.bound):
            return f"Host {host!r} is not allowed: use http://localhost or http://127.0.0.1"
        origin = self.headers.get("Origin")
        if origin is not None:
            parsed = urllib.parse.urlsplit(origin)
            if parsed.scheme not in ("http", "https") or not allowed_name(host_name(parsed.netloc), self.server.bound):
                return f"requests from {origin!r} are not allowed"
        return None

    def _forward(self) -> None:
        refused = self._allowed()
        if refused is not None:
            self._refuse(403, refused)
            return
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self._refuse(411, "send the request body with a Content-Length")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self._refuse(400, "bad Content-Length")
            return
        deadline = time.monotonic() + self.server.limit
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        upstream = http.client.HTTPConnection(*self.server.backend, timeout=self.server.limit)
        try:
            try:
                upstream.request(self.command, self.path, body=self._body(length) if length else None,
                                 headers=headers)
                sock = upstream.sock  # kept: the connection lets go of it when the reply ends with the connection
                reply = upstream.getresponse()
            except TimeoutError:
                self._refuse(504, self._late())
                return
            except OSError as exc:
                self._refuse(502, f"the SPARQL server did not answer: {exc}")
                return
            if self.command == "HEAD":
                self._head(reply)
                return
            try:
                first, ended = self._gather(reply, sock, deadline)
            except _PastLimit:
                self._refuse(504, self._late())
                return
            except (OSError, http.client.HTTPException) as exc:
                self._refuse(502, f"the SPARQL server's reply broke off: {exc}")
                return
            if ended and first.endswith(_CANCELLED):
                self._refuse(504, self._late())
            elif ended:
                self._head(reply, {"Content-Length": str(len(first))})
                self.wfile.write(first)
            else:
                self._stream(reply, sock, deadline, first)
        finally:
            upstream.close()

    def _late(self) -> str:
        return f"stopped: the query ran past the time limit ({self.server.limit:g}s); narrow it or raise --timeout"

    def _body(self, length: int):
        """The request body, passed on as it arrives."""
        while length > 0:
            chunk = self.rfile.read(min(length, _CHUNK))
            if not chunk:
                return
            length -= len(chunk)
            yield chunk

    def _head(self, reply: http.client.HTTPResponse, extra: dict[str, str] | None = None) -> None:
        """The status line and the server's headers, with ``extra`` in place of its framing headers."""
        self.send_response_only(reply.status, reply.reason)
        for key, value in reply.getheaders():
            if key.lower() not in _HOP_BY_HOP and (extra is None or key.lower() != "content-length"):
                self.send_header(key, value)
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    @staticmethod
    def _next(reply: http.client.HTTPResponse, sock: socket.socket, deadline: float) -> bytes:
        """The next piece of the reply (b"" at its end); raises _PastLimit when the time limit comes first."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _PastLimit
        sock.settimeout(remaining)
        try:
            return reply.read1(_CHUNK)
        except TimeoutError:
            raise _PastLimit from None

    def _gather(self, reply: http.client.HTTPResponse, sock: socket.socket, deadline: float) -> tuple[bytes, bool]:
        """Up to BUFFER_BYTES of the reply, and whether that is all of it."""
        parts, size = [], 0
        while size < BUFFER_BYTES:
            chunk = self._next(reply, sock, deadline)
            if not chunk:
                return b"".join(parts), True
            parts.append(chunk)
            size += len(chunk)
        return b"".join(parts), False

    def _stream(self, reply: http.client.HTTPResponse, sock: socket.socket, deadline: float, first: bytes) -> None:
        """The rest of a long reply, chunked; the last chunk only when it ended in time and uncancelled."""
        chunked = self.request_version != "HTTP/1.0"
        self._head(reply, {"Transfer-Encoding": "chunked"} if chunked else {})
        frame = (lambda data: b"%x\r\n%s\r\n" % (len(data), data)) if chunked else (lambda data: data)
        held = first  # the tail is held back until the next piece: the cancellation text may be in it
        try:
            while chunk := self._next(reply, sock, deadline):
                held += chunk
                if len(held) > len(_CANCELLED):
                    self.wfile.write(frame(held[: -len(_CANCELLED)]))
                    held = held[-len(_CANCELLED):]
            if held.endswith(_CANCELLED):
                return
            self.wfile.write(frame(held) + (b"0\r\n\r\n" if chunked else b""))
        except (_PastLimit, OSError, http.client.HTTPException):
            return  # past the limit, the server broke off or the client left: no last chunk


class _PastLimit(Exception):
    """The time limit passed before the reply ended."""


class Gate:
    """A bound, not yet serving, gate on ``host:port``; :meth:`open` starts forwarding to the server."""

    def __init__(self, host: str, port: int) -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        server_class = type("_BoundServer", (_Server,), {"address_family": family})
        try:
            self._server = server_class((host, port), _Handler)
        except OSError as exc:
            raise KgError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None
        self._server.bound = host
        self._thread: threading.Thread | None = None

    def open(self, backend: tuple[str, int], *, limit: float) -> None:
        """Forward requests to the server at ``backend``, holding replies to ``limit`` seconds."""
        self._server.backend, self._server.limit = backend, limit
        self._thread = threading.Thread(target=self._server.serve_forever, name="kg-serve-gate", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop accepting requests and free the port."""
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
        self._server.server_close()
