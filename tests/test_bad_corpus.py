"""`kg build` over a corpus of bad inputs, with the real model: every bad file named on one line, no traceback,
the good ones built, and every export still valid (slow)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "data" / "articles").glob("*.txt"))
STORY = ("Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow on Monday. "
         "Wang said China supports the peace talks.")
# What each bad input is, and the words its one line of report must hold.
BAD = {
    "binary.txt": "binary file",
    "empty.txt": "empty file",
    "self.txt": "not readable",
    "news.jsonl:2": "NUL byte",
    "news.jsonl:3": "nested too deeply",
    "news.jsonl:4": "bad JSON",
    "huge.txt": "too large",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad") / "in"
    folder.mkdir()
    shutil.copy(SAMPLES[0], folder / "good.txt")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "loop").symlink_to(folder)
    (folder / "CURRENT").write_text(STORY, "utf-8")  # no suffix: not an article
    lines = [{"text": STORY.replace("Moscow", "Mos\x01cow\x0b") + " \u2028 {{VIS_SCRIPT}} {{DATA}}",
              "title": "Talks {{VIS_SCRIPT}} \x1b{{TITLE}} <script>alert(1)</script>"}]
    jsonl = [json.dumps(lines[0]), '{"text": "a NUL\x00 here"}', "[" * 40_000 + "]" * 40_000, "{oops"]
    (folder / "news.jsonl").write_bytes("\n".join(jsonl).encode("utf-8"))
    (folder / "weird\x07name.txt").write_text("Talks \x02in Oslo\n\n" + STORY.replace("Wang Yi", "Wang\x03 Yi"), "utf-8")
    long_paragraphs = [SAMPLES[i % len(SAMPLES)].read_text("utf-8") for i in range(12)]  # over PIECE_CHARS
    (folder / "long.txt").write_text("A long report\n\n" + "\n\n".join(long_paragraphs), "utf-8")
    (folder / "huge.txt").write_text("x " * 150_000, "utf-8")
    return folder


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "out"
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "--max-bytes", "200000",
                           "--format", "turtle", "--format", "rdfxml", "--format", "graphml", "--format", "gexf",
                           "--format", "relations", "--format", "html", "--format", "neo4j"],
                          capture_output=True, text=True, cwd=ROOT)
    return done, out


def test_every_bad_input_is_named_once_and_nothing_raises(built, corpus):
    done, _ = built
    assert "Traceback" not in done.stderr
    assert done.returncode == 1, done.stderr  # built, with skips
    errors = [line for line in done.stderr.splitlines() if line.startswith("kg: error: ")]
    for where, reason in BAD.items():
        name, _, line = where.partition(":")
        hits = [e for e in errors if f"{corpus / name}{':' + line if line else ''}:" in e]
        assert len(hits) == 1 and reason in hits[0], (where, errors)
    assert len(errors) == len(BAD), errors
    assert "CURRENT" not in done.stderr + done.stdout


def test_the_good_inputs_are_built_the_long_one_in_pieces(built, corpus):
    from kg.ingest.pieces import PIECE_CHARS

    assert len((corpus / "long.txt").read_text("utf-8")) > 2 * PIECE_CHARS
    done, out = built
    with (out / "relations.jsonl").open(encoding="utf-8") as lines:
        articles = {json.loads(line)["article"] for line in lines}
    assert {"good.txt", "news.jsonl#1", "weirdname.txt", "long.txt"} <= articles
    assert "4 built" in done.stdout or "articles: 4 read, 4 built" in done.stdout


@pytest.mark.parametrize("name", ["graph.rdf", "graph.graphml", "graph.gexf"])
def test_xml_exports_parse(built, name):
    _, out = built
    xml.dom.minidom.parse(str(out / name))


def test_html_pages_carry_article_text_as_text_only(built):
    from kg.export.html import _vis_js

    _, out = built
    library = _vis_js()[:300]
    for page in (out / "html").rglob("*.html"):
        text = page.read_text("utf-8")
        assert "<script>alert(1)</script>" not in text, page
        assert text.count(library) <= 1, page  # never pasted in again where the text held {{VIS_SCRIPT}}
    assert any("{{VIS_SCRIPT}}" in p.read_text("utf-8") for p in (out / "html").rglob("*.html"))


def test_a_missing_folder_fails_before_writing_anything(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "missing-folder"), "-o",
                           str(tmp_path / "out")], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("kg: error: ") and len(done.stderr.splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 folder")
def test_an_unreadable_sub_folder_is_reported(tmp_path):
    (tmp_path / "in" / "locked").mkdir(parents=True)
    shutil.copy(SAMPLES[0], tmp_path / "in" / "good.txt")
    (tmp_path / "in" / "locked").chmod(0)
    try:
        done = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                               "--format", "turtle"], capture_output=True, text=True, cwd=ROOT)
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    assert done.returncode == 1 and "locked: cannot read folder" in done.stderr
