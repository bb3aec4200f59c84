"""The whole flow with the real components: spaCy model, store and the default exports (slow)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.export import COMMON_FORMATS
from kg.pipeline import build

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "articles" / "000_6b3b4fc02d8024ab.txt"
LATIN = ("Talks in Lisbon\n\nPortuguese Foreign Minister Jo\u00e3o Gomes Cravinho met his Brazilian counterpart "
         "Mauro Vieira in Lisbon on Monday. Portugal and Brazil agreed to deepen cooperation, the ministry said.\n")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mixed")
    shutil.copy(SAMPLE, folder / "good.txt")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin.txt").write_bytes(LATIN.encode("latin-1"))
    return folder


def test_mixed_folder_builds_the_good_files_and_reports_the_bad_ones(mixed, tmp_path):
    report = build([mixed], out=tmp_path, progress=False)
    assert sorted(Path(p.path).name for p in report.skipped) == ["binary.txt", "empty.txt"]
    assert [Path(p.path).name for p in report.problems if not p.fatal] == ["latin.txt"]
    assert (report.articles_read, report.articles_built) == (2, 2)
    assert report.entities > 0 and report.relations > 0
    with (tmp_path / "relations.jsonl").open(encoding="utf-8") as lines:
        built = {json.loads(line)["article"] for line in lines}
    assert built == {"good.txt", "latin.txt"}
    assert [p.name for p in report.files] == [name for _, name in COMMON_FORMATS]
    assert all(p.exists() for p in report.files)
    if "html" in dict(COMMON_FORMATS):
        assert report.html is not None and report.html.exists()
    again = build([mixed], out=tmp_path, progress=False)
    assert (again.articles_built, again.articles_unchanged) == (0, 2)


def test_cli_on_the_mixed_folder_names_the_bad_files_without_traceback(mixed, tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(mixed), "-o", str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 3  # two errors and one warning, one line each
    assert sum(line.startswith("kg: error: ") for line in lines) == 2
    for name in ("binary.txt", "empty.txt", "latin.txt"):
        assert sum(name in line for line in lines) == 1
    assert "articles: 2 read, 2 built, 2 skipped" in done.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built")
    build([ROOT / "data" / "articles"], out=out, progress=False)
    return out


def test_cli_commands_on_a_real_build(built, tmp_path, capsys):
    from kg.cli import main

    assert main(["validate", "-o", str(built)]) == 0
    assert main(["stats", "-o", str(built)]) == 0
    assert "articles" in capsys.readouterr().out
    assert main(["query", "meetings", "-o", str(built), "--format", "json"]) == 0
    assert capsys.readouterr().out.lstrip().startswith(("{", "["))
    assert main(["eval", str(ROOT / "data" / "gold" / "seeds.json"), "-o", str(built), "--json"]) == 0
    assert capsys.readouterr().out.lstrip().startswith("{")
    assert main(["export", "--format", "ntriples", "-o", str(built), "--dest", str(tmp_path / "g.nt")]) == 0
    assert (tmp_path / "g.nt").stat().st_size > 0
    capsys.readouterr()
    assert main(["remove", "no-such-article.txt", "-o", str(built)]) == 2
    assert capsys.readouterr().err.startswith("kg: error: ")
