"""A build killed at any point (SIGKILL) and run again gives the very bytes of a build never interrupted, and
readers see the last complete build meanwhile (slow)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg.query import query
from kg.snapshot import SNAPSHOT_DIR, published

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
# Reproducible builds: the build time recorded in the graph is this one, so two builds can be compared byte for byte.
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PYTHONHASHSEED": "0"}
BUILD = "import sys, kg.pipeline as p; p.build(sys.argv[2:], out=sys.argv[1], progress=True)"


def start(inputs: list[Path], out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", BUILD, str(out), *map(str, inputs)], cwd=ROOT, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def run(inputs: list[Path], out: Path) -> None:
    done = subprocess.run([sys.executable, "-c", BUILD, str(out), *map(str, inputs)], cwd=ROOT, env=ENV,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def kill_at(inputs: list[Path], out: Path, phase: str) -> bool:
    """Run a build and SIGKILL it as soon as it prints a progress line starting with ``phase``; True if it did."""
    process = start(inputs, out)
    assert process.stderr is not None
    for line in process.stderr:
        if line.startswith(phase):
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
    process.wait()
    return False


def quads(location: Path) -> bytes:
    import pyoxigraph as ox

    return "\n".join(sorted(str(q) for q in ox.Store.read_only(str(location)))).encode()


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file of a build folder but the store's own files and its snapshot's, and the content of both
    as sorted N-Quads: the snapshot readers open is the store as the build left it."""
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
             if p.is_file() and p.relative_to(out).parts[0] not in ("store", SNAPSHOT_DIR)}
    files["store (quads)"] = quads(out / "store")
    assert published(out) is not None and quads(published(out)) == files["store (quads)"]
    return files


def article_hashes(out: Path) -> dict[str, str]:
    """What readers see (kg query): article file name -> sha256 of the version built."""
    rows = query("PREFIX kg: <https://kg.example.org/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                 "SELECT ?id ?sha WHERE { GRAPH ?g { ?g a kg:ArticleGraph ; prov:wasDerivedFrom ?a . "
                 "?a kg:fileName ?id ; kg:sha256 ?sha } }", out=out)
    return {row["id"]: row["sha"] for row in rows}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(ARTICLES.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("reference") / "out"
    run([corpus], out)
    return snapshot(out)


# The phases a build announces, in order: the first article stored, the merge, a file and a folder export,
# the snapshot for readers.
PHASES = ["kg: 0 unchanged, 1 built", "kg: merging the graph", "kg: writing trig", "kg: writing html",
          "kg: publishing the graph"]


@pytest.mark.parametrize("phase", PHASES)
def test_a_build_killed_at_a_phase_and_run_again_is_byte_identical(corpus, reference, tmp_path, phase):
    out = tmp_path / "out"
    assert kill_at([corpus], out, phase), f"the build never printed {phase!r}"
    run([corpus], out)
    assert snapshot(out) == reference


def test_a_rebuild_killed_while_merging_a_changed_article_is_byte_identical(corpus, tmp_path):
    changed = tmp_path / "changed"
    shutil.copytree(corpus, changed)
    first = sorted(changed.glob("*.txt"))[0]
    expected_out = tmp_path / "expected"
    out = tmp_path / "out"
    run([changed], out)
    before = article_hashes(out)
    first.write_text(first.read_text("utf-8").replace(".", ". Talks went on.", 1), "utf-8")
    run([changed], expected_out)
    assert article_hashes(expected_out) != before
    assert kill_at([changed], out, "kg: merging the graph")
    assert article_hashes(out) == before  # readers still see the last complete build
    run([changed], out)
    assert snapshot(out) == snapshot(expected_out)
    assert article_hashes(out) == article_hashes(expected_out)
