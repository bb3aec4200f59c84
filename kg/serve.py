"""A SPARQL 1.1 Protocol endpoint over a build: the Oxigraph server shipped by the ``oxigraph`` package.

    kg serve -o output          # http://127.0.0.1:7878/query, a query page at http://127.0.0.1:7878/

Read-only by default (``oxigraph serve-read-only`` on OUTDIR/store: an UPDATE is refused), bound
to 127.0.0.1, with a query time limit. A query without ``GRAPH`` sees the store's default graph
(the merged view plus the derived facts, as in ``kg query``); ``GRAPH`` reaches every named graph.
When the store cannot be opened (locked by a running build, another format) the build's N-Quads
are loaded into a scratch location instead. A writable endpoint always works on
a scratch copy, so updates never change the build.
"""

from __future__ import annotations

import math
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ConfigError, KgError
from kg.query import find_nquads

__all__ = ["serve", "start", "Endpoint", "oxigraph_program"]

_READY_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A running server: its base URL, its process and the data location it serves."""

    url: str
    process: subprocess.Popen
    location: Path
    read_only: bool

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint (GET ?query= or POST)."""
        return self.url + "query"

    @property
    def update_url(self) -> str:
        """The SPARQL update endpoint (refused when read-only)."""
        return self.url + "update"


def oxigraph_program() -> str:
    """The path of the ``oxigraph`` server program (installed with the ``oxigraph`` package)."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise KgError("the oxigraph server is not installed: pip install oxigraph")
    return found


def _launch(program: str, location: Path, log: Path, *, host: str, port: int, read_only: bool, timeout: float):
    command = [program, "serve-read-only" if read_only else "serve", "--location", str(location),
               "--bind", f"{host}:{port}", "--timeout-s", str(max(1, math.ceil(timeout)))]
    # The server's messages go to a file: a pipe nobody reads could fill up and stall it.
    with log.open("wb") as sink:
        return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.STDOUT)


def _check_port(host: str, port: int) -> None:
    """Fail with one line when ``host:port`` cannot be bound (taken by another server, or not a local address)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does: TIME_WAIT is no obstacle
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise KgError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None


def _wait_ready(process: subprocess.Popen, url: str, log: Path) -> str | None:
    """None once the endpoint answers; the server's error text if it exits first."""
    probe = url + "query?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + _READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return log.read_text("utf-8", "replace").strip() or f"exit {process.returncode}"
        try:
            with urllib.request.urlopen(probe, timeout=2) as response:
                response.read()
            return None
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    _stop(process)
    return f"no answer within {_READY_SECONDS:.0f}s"


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _load_scratch(program: str, out: Path, scratch: Path) -> Path:
    """A fresh server location holding the build's N-Quads."""
    dump = find_nquads(out)
    if dump is None:
        raise KgError(f"no built graph in {out} (no usable store/ and no .nq file): run `kg build` first")
    location = scratch / "store"
    done = subprocess.run([program, "load", "--location", str(location), "--file", str(dump)],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise KgError(f"oxigraph could not load {dump}: {done.stderr.strip()}")
    return location


@contextmanager
def start(*, out: str | Path, host: str = "127.0.0.1", port: int = 7878, read_only: bool = True,
          timeout: float = 30.0):
    """Run the endpoint for the block's duration; yields an :class:`Endpoint`."""
    if not 0 < port < 65536:
        raise ConfigError(f"port must be 1..65535, got {port}")
    if timeout <= 0:
        raise ConfigError(f"timeout must be positive, got {timeout}")
    out = Path(out)
    _check_port(host, port)  # else the probe below could be answered by whatever holds the port
    program = oxigraph_program()
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/"
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
        process, error, location, log = None, None, out / "store", Path(tmp) / "server.log"
        if read_only and location.is_dir():
            process = _launch(program, location, log, host=host, port=port, read_only=True, timeout=timeout)
            error = _wait_ready(process, url, log)
        if process is None or error is not None:
            if error and "address" in error.lower() and "in use" in error.lower():
                raise KgError(f"cannot serve on {host}:{port}: {error}")
            location = _load_scratch(program, out, Path(tmp))
            process = _launch(program, location, log, host=host, port=port, read_only=read_only, timeout=timeout)
            error = _wait_ready(process, url, log)
            if error is not None:
                raise KgError(f"the oxigraph server did not start on {host}:{port}: {error}")
        try:
            yield Endpoint(url, process, location, read_only)
        finally:
            _stop(process)


def serve(*, out: str | Path, host: str = "127.0.0.1", port: int = 7878, read_only: bool = True,
          timeout: float = 30.0) -> None:
    """Serve the build in ``out`` as a SPARQL endpoint until interrupted; prints its URL."""
    # A plain SIGTERM would end Python without unwinding and orphan the server: make it unwind.
    previous = signal.signal(signal.SIGTERM, _terminate) if threading.current_thread() is threading.main_thread() else None
    try:
        _serve(out=out, host=host, port=port, read_only=read_only, timeout=timeout)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _terminate(signum, frame) -> None:
    raise SystemExit(128 + signum)


def _serve(*, out, host: str, port: int, read_only: bool, timeout: float) -> None:
    with start(out=out, host=host, port=port, read_only=read_only, timeout=timeout) as endpoint:
        mode = "read-only" if read_only else "writable scratch copy: updates are not saved to the build"
        print(f"SPARQL endpoint: {endpoint.query_url}  ({mode}, queries time out after {timeout:g}s)")
        print(f"Query page: {endpoint.url}   (Ctrl-C to stop)", flush=True)
        try:
            endpoint.process.wait()
        finally:
            if endpoint.process.returncode not in (None, 0, -15):
                print(f"the oxigraph server stopped (exit {endpoint.process.returncode})", file=sys.stderr)
