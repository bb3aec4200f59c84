"""The first ten minutes, run for real: every README command, every --help example, the API doctests.

They run with the real model against a build of the sample corpus, from a folder laid out like a
checkout after `make demo` (data/, output/, and .venv pointing at the running environment), so a
command that works here works as the user types it.
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.cli import parser

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# The order the examples run in: a build first, kg remove last (it changes the build).
ORDER = ("build", "eval", "query", "stats", "validate", "export", "formats", "queries", "lexicon", "serve", "remove")
# README commands of other programs, and the tests that run them against a kg build.
ELSEWHERE = {
    "make": "the Makefile targets are what CI runs (.ci/run is make test)",
    "curl": "tests/interfaces/test_serve.py",
    "isql-vt": "tests/interfaces/test_virtuoso.py",
    "tdb2.tdbloader": "not installed here: the N-Quads it loads are checked by tests/interfaces/test_rapper.py",
    "neo4j-admin": "tests/interfaces/test_kuzu.py loads the same CSV files",
    "cypher-shell": "tests/interfaces/test_kuzu.py loads the same CSV files",
    "dask": "tests/test_parallel_build.py builds on a local Dask cluster",
}
# Examples that need something no test machine has.
NEEDS_A_SERVICE = re.compile(r"--scheduler tcp://HOST")


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> Path:
    """A folder like a checkout after `make demo`: data/ (articles, gold, challenge), output/, .venv."""
    root = tmp_path_factory.mktemp("checkout")
    for part in ("data/articles", "data/gold", "data/challenge"):
        if (ROOT / part).exists():
            shutil.copytree(ROOT / part, root / part)
    (root / ".venv").symlink_to(BIN.parent)
    done = shell("kg build data/articles -o output --no-progress", root)
    assert done.returncode == 0, done.stderr
    return root


def shell(command: str, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def help_examples() -> dict[str, list[str]]:
    """Each command's example lines, from the text of its --help (comments after # dropped)."""
    action = next(a for a in parser()._actions if a.dest == "command")
    examples = {}
    for name, sub in action.choices.items():
        text = sub.format_help().split("example:", 1)[1]
        lines = [line.strip() for line in text.split("\n\n", 1)[0].splitlines() if line.strip()]
        examples[name] = [re.sub(r"\s+#.*$", "", line) for line in lines]
    return examples


def readme_commands() -> list[str]:
    """The lines of the README's ``sh`` code blocks, continuation lines joined."""
    blocks = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
    text = "\n".join(blocks).replace("\\\n", " ")
    lines = [re.sub(r"(^|\s+)#.*$", "", line).strip() for line in text.splitlines()]
    return [line for line in lines if line]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_serve(command: str, cwd: Path) -> None:
    """Start a `kg serve` example, wait for its endpoint to answer, stop it."""
    import urllib.request

    port = 7878
    with socket.socket() as s:
        if s.connect_ex(("127.0.0.1", port)) == 0:  # taken by another program: same example, another port
            port = free_port()
            command += f" --port {port}"
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    process = subprocess.Popen(["bash", "-c", f"exec {command}"], cwd=cwd, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D",
                                                 headers={"Accept": "application/sparql-results+json"})
                with urllib.request.urlopen(request, timeout=5) as answer:
                    assert b"true" in answer.read()
                    return
            except OSError:
                time.sleep(0.5)
        raise AssertionError(f"{command}: no endpoint ({process.poll()}): {process.stderr.read() if process.poll() is not None else ''}")
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_every_help_example_runs_as_written(checkout):
    examples = help_examples()
    assert set(examples) == set(ORDER), "a new command: give its examples a place in ORDER"
    for name in ORDER:
        assert examples[name], f"kg {name} --help has no example"
        for command in examples[name]:
            assert command.startswith(f"kg {name}"), command
            if NEEDS_A_SERVICE.search(command):
                continue
            if name == "serve":
                run_serve(command, checkout)
                continue
            done = shell(command, checkout)
            assert done.returncode == 0, f"{command}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
            assert "Traceback" not in done.stderr, command


def test_every_readme_command_runs_as_written(checkout, tmp_path):
    commands = readme_commands()
    ran = 0
    for command in commands:
        words = shlex.split(command)
        program = words[words.index("do") + 1] if words[0] == "for" and "do" in words else words[0]
        if program in ELSEWHERE and not command.startswith("make demo &&"):
            continue
        if NEEDS_A_SERVICE.search(command):
            continue
        if program == "pip":  # an install: resolved for real, from the checkout, but not carried out
            target = shlex.split(command)[-1]
            # A project named kg on PyPI is not this one: installs name the checkout.
            assert target.startswith((".", "/")), f"{command}: install from the checkout ('.[extra]')"
            done = shell(command.replace("pip install", f"{sys.executable} -m pip install --dry-run -q", 1), ROOT)
            assert done.returncode == 0, f"{command}\n{done.stderr[-3000:]}"
            continue
        assert program in ("kg", ".venv/bin/kg", ".", "make", "oxigraph"), f"README runs {program}: test it or list it"
        # `make demo` has built output/ already; /tmp/... folders become private ones.
        command = command.removeprefix("make demo && ").replace("/tmp/", f"{tmp_path}/")
        command = command.replace("oxigraph load --location DB", f"oxigraph load --location {tmp_path}/db")
        done = shell(command, checkout)
        assert done.returncode == 0, f"{command}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        ran += 1
    assert ran >= 5


_ARROW_EXIT_RACE = "terminate called without an active exception"


def test_readme_python_blocks_run(checkout):
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
    assert blocks
    for block in blocks:
        for _ in range(2):  # (once more only when pyarrow's parquet threads abort at interpreter exit, an upstream
            #                 race after the work is done: apache/arrow#34314)
            done = subprocess.run([sys.executable, "-c", block], cwd=checkout, capture_output=True, text=True,
                                  timeout=600)
            if not (done.returncode == -signal.SIGABRT and _ARROW_EXIT_RACE in done.stderr):
                break
        assert done.returncode == 0, f"{block}\n{done.stderr[-3000:]}"


def test_version(checkout):
    done = shell(".venv/bin/kg --version", checkout)
    assert done.returncode == 0 and re.fullmatch(r"kg \d+\.\d+\.\d+\S*\n", done.stdout)


@pytest.mark.parametrize("module", ["kg.api", "kg.graph_handle", "kg.query_result"])
def test_api_doctests(checkout, module, monkeypatch):
    import importlib

    monkeypatch.chdir(checkout)
    results = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS, verbose=False)
    assert results.attempted > 0
    assert results.failed == 0
