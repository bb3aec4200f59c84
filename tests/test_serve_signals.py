"""The Oxigraph server never outlives `kg serve`: SIGTERM while it starts the server, once it serves,
SIGHUP, and SIGKILL (which no handler sees) all leave no server process behind."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.served import store_folder

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def out(tmp_path_factory) -> Path:
    """A build folder of one triple, its own for each test: a server left behind is found by its path."""
    return store_folder(tmp_path_factory.mktemp("served"), 1)


def _servers(out: Path) -> list[int]:
    """Process ids of Oxigraph servers on this build (its store path is in their command line)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and any(b"oxigraph" in part for part in command[:1]) and str(out).encode() in b" ".join(command):
            found.append(int(entry.name))
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _kg_serve(out: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "kg", "serve", "-o", str(out), "--port", str(_free_port())],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env,
                            text=True)


def _wait(what, timeout: float = 30.0, step: float = 0.005):
    deadline = time.monotonic() + timeout
    while not (found := what()):
        assert time.monotonic() < deadline, "timed out"
        time.sleep(step)
    return found


def _none_left(out: Path) -> bool:
    try:
        _wait(lambda: not _servers(out), timeout=10)
    except AssertionError:
        return False
    return True


@pytest.mark.parametrize("delay", [0.0, 0.02, 0.05, 0.1])
def test_sigterm_while_the_server_starts_leaves_none(out, delay):
    kg = _kg_serve(out)
    try:
        _wait(lambda: _servers(out))  # launched, not yet answering: kg is waiting for it
        time.sleep(delay)
        kg.send_signal(signal.SIGTERM)
        kg.wait(timeout=20)
        assert _none_left(out), _servers(out)
    finally:
        kg.kill()
        kg.wait()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGKILL])
def test_a_signal_once_it_serves_leaves_none(out, signum):
    kg = _kg_serve(out)
    try:
        assert "SPARQL endpoint: http://127.0.0.1:" in kg.stdout.readline()
        assert len(_servers(out)) == 1
        kg.send_signal(signum)
        kg.wait(timeout=20)
        assert _none_left(out), _servers(out)
    finally:
        kg.kill()
        kg.wait()


@pytest.mark.parametrize("delay", [0.0, 0.2, 0.4, 0.6, 0.8])
def test_sigterm_at_any_moment_after_launch_leaves_none(out, delay):
    kg = _kg_serve(out)  # importing, installing handlers, launching, waiting: wherever the signal lands
    try:
        time.sleep(delay)
        kg.send_signal(signal.SIGTERM)
        kg.wait(timeout=20)
        assert _none_left(out), _servers(out)
    finally:
        kg.kill()
        kg.wait()
