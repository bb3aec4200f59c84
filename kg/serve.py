"""A SPARQL 1.1 Protocol endpoint over a build: the Oxigraph server shipped by the ``oxigraph`` package.

    kg serve -o output          # http://127.0.0.1:7878/query, a query page at http://127.0.0.1:7878/

Read-only by default (``oxigraph serve-read-only`` on the snapshot of OUTDIR/store the last complete
build published, kg.snapshot: an UPDATE is refused), bound to 127.0.0.1, with a query time limit. It
serves the snapshot published when it started, whatever builds run meanwhile: restart it to serve a
newer build. A query without ``GRAPH`` sees the store's default graph (the merged view plus the
derived facts, as in ``kg query``); ``GRAPH`` reaches every named graph. When the store cannot be
opened (another format) the build's N-Quads are loaded into a scratch location instead. A writable
endpoint always works on a scratch copy, so updates never change the build.

The server listens on a private loopback port behind a gate (:mod:`kg.serve_gate`) that refuses
requests for foreign host names (DNS rebinding) or from other sites' pages, and holds replies to
the time limit: one past it is a 504, or a chunked reply without its last chunk. The server never
outlives this process: SIGTERM and SIGHUP unwind into the code that stops it, and on Linux the
kernel ends it if this process is killed outright.
"""

from __future__ import annotations

import math
import os
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
from kg.serve_gate import GRACE_SECONDS, Gate
from kg.snapshot import reading_location

__all__ = ["serve", "start", "Endpoint", "oxigraph_program"]

_READY_SECONDS = 30.0
_BACKEND_HOST = "127.0.0.1"  # the server itself listens here, on a free port; only the gate talks to it
_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_LAUNCH_TRIES = 4


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


def _launch(program: str, location: Path, log: Path, running: list[subprocess.Popen], *, port: int,
            read_only: bool, timeout: float) -> subprocess.Popen:
    # The server's limit comes after the gate's: the gate says when a query ran too long, the server then stops it.
    command = [program, "serve-read-only" if read_only else "serve", "--location", str(location),
               "--bind", f"{_BACKEND_HOST}:{port}", "--timeout-s", str(math.ceil(timeout + GRACE_SECONDS))]
    # The server's messages go to a file: a pipe nobody reads could fill up and stall it.
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.STDOUT,
                                   preexec_fn=_die_with_parent())
    running.append(process)
    return process


def _die_with_parent():
    """A ``preexec_fn`` that has Linux end the child when this process ends, however it ends (kill -9 too).

    The signal handlers and ``finally`` blocks of :func:`serve` stop the server on SIGTERM, SIGHUP and
    Ctrl-C; this covers what they cannot: SIGKILL, and a signal landing between the launch and the
    line that records it. Linux sends the signal when the thread that launched the child ends.
    """
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # noqa: PLC0415

    prctl, parent = ctypes.CDLL(None, use_errno=True).prctl, os.getpid()

    def preexec() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return preexec


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((_BACKEND_HOST, 0))
        return probe.getsockname()[1]


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
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False,
                          preexec_fn=_die_with_parent())
    if done.returncode != 0:
        raise KgError(f"oxigraph could not load {dump}: {done.stderr.strip()}")
    return location


@contextmanager
def start(*, out: str | Path, host: str = "127.0.0.1", port: int = 7878, read_only: bool = True,
          timeout: float = 30.0):
    """Run the endpoint for the block's duration; yields an :class:`Endpoint`.

    Requests reach the server through a gate (:mod:`kg.serve_gate`) that refuses foreign Host and
    Origin headers and holds replies to ``timeout`` seconds (a 504, or a chunked reply left
    incomplete, past it); the server itself listens on a private loopback port.
    """
    if not 0 < port < 65536:
        raise ConfigError(f"port must be 1..65535, got {port}")
    if timeout <= 0:
        raise ConfigError(f"timeout must be positive, got {timeout}")
    out = Path(out)
    program = oxigraph_program()
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/"
    gate = Gate(host, port)  # holds the port from here on: a busy one fails now, in one line
    running: list[subprocess.Popen] = []
    try:
        with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
            try:
                process, location, backend = _start_server(program, out, Path(tmp), running, read_only=read_only,
                                                            timeout=timeout)
                gate.open(backend, limit=timeout)
                yield Endpoint(url, process, location, read_only)
            finally:
                for process in running:
                    _stop(process)
    finally:
        gate.close()


def _start_server(program: str, out: Path, tmp: Path, running: list[subprocess.Popen], *, read_only: bool,
                  timeout: float) -> tuple[subprocess.Popen, Path, tuple[str, int]]:
    """Launch the server on a free private port, on the build's published snapshot (or store: kg.snapshot)
    or else a scratch load of its N-Quads."""
    log, store = tmp / "server.log", reading_location(out)
    location = store if read_only and store.is_dir() else None
    error = None
    for _ in range(_LAUNCH_TRIES):
        if location is None:
            location = _load_scratch(program, out, tmp)
        port = _free_port()
        process = _launch(program, location, log, running, port=port, read_only=read_only, timeout=timeout)
        error = _wait_ready(process, f"http://{_BACKEND_HOST}:{port}/", log)
        if error is None:
            return process, location, (_BACKEND_HOST, port)
        _stop(process)
        if "address" in error.lower() and "in use" in error.lower():
            continue  # another program took the free port in the meantime: take another
        if location != store:
            break
        if reading_location(out) != store:  # a build published another snapshot while this one opened
            store = location = reading_location(out)
            continue
        location = None  # the store did not open (locked by a running build, another format)
    raise KgError(f"the oxigraph server did not start: {error}")


def serve(*, out: str | Path, host: str = "127.0.0.1", port: int = 7878, read_only: bool = True,
          timeout: float = 30.0) -> None:
    """Serve the build in ``out`` as a SPARQL endpoint until interrupted; prints its URL."""
    # A plain SIGTERM or SIGHUP would end Python without unwinding and orphan the server: make them
    # unwind, before anything is launched.
    previous = {}
    if threading.current_thread() is threading.main_thread():
        previous = {signum: signal.signal(signum, _terminate) for signum in _STOP_SIGNALS}
    try:
        _serve(out=out, host=host, port=port, read_only=read_only, timeout=timeout)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


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
