"""events.csv / events.jsonl: one row per merged event, GDELT-style, with codes that stay strings."""

from __future__ import annotations

import csv
import io
import json

import pytest

from kg.export import export, format_for
from kg.export.events import COLUMNS, PANDAS_DTYPES, event_rows
from kg.graph import open_store
from kg.graph.counts import counts
from kg.records import Article, Entity, Extraction, Relation


@pytest.fixture
def rows(out):
    with open_store(out) as store:
        return event_rows(store.dataset)


def _one(rows, predicate, source, target):
    found = [r for r in rows if (r["predicate"], r["source_name"], r["target_name"]) == (predicate, source, target)]
    assert len(found) == 1, found
    return found[0]


def test_one_row_per_merged_event_with_every_column(out, rows):
    assert len(rows) == counts(out=out).events
    assert all(list(r) == [name for name, _, _ in COLUMNS] for r in rows)
    assert len({r["event_iri"] for r in rows}) == len(rows)
    assert format_for("out/events.csv") == "events" and format_for("out/events.jsonl") == "events-jsonl"


def test_the_phone_call_reported_twice_is_one_dated_event(rows):
    call = _one(rows, "meets", "Sergei Lavrov", "Wang Yi")  # symmetric: stored once, the pair in IRI order
    assert (call["date"], call["date_precision"]) == ("2022-10-27", "day")
    assert (call["num_articles"], call["num_sources"], call["num_sentences"]) == (2, 1, 2)  # one publisher
    assert call["cameo"] == "040" and call["quad_class"] == 1 and call["mode"] == "phone"
    assert call["first_article"] == "a1.txt" and call["first_url"] == "https://news.example.com/a1.txt"
    assert call["first_sentence"].startswith("Chinese Foreign Minister Wang Yi talked with")
    assert call["source_iri"] == "https://kg.example.org/entity/person/sergei-lavrov"
    assert call["source_type"] == call["target_type"] == "Person"
    assert call["confidence"] == 0.9


def test_an_undated_event_takes_its_first_article_date(rows):
    support = [r for r in rows if (r["predicate"], r["source_name"], r["target_name"]) == ("supports", "China", "Russia")]
    # reported on 28 and 29 October (one event) and, called for, on 20 November (another)
    assert [(r["date"], r["date_source"], r["num_articles"]) for r in support] == [
        ("2022-10-28", "published", 2), ("2022-11-20", "published", 1)]
    assert support[0]["cameo"] == "051" and support[0]["quad_class"] == 1
    assert support[0]["source_code"] == "CHN" and support[0]["target_code"] == "RUS"  # the countries' own codes


def test_partial_dates_stay_as_written(rows):
    sanction = _one(rows, "sanctions", "European Union", "Russia")
    assert (sanction["date"], sanction["date_precision"]) == ("2022-03", "month")
    assert sanction["cameo"] == "163" and sanction["quad_class"] == 4
    assert all(r["date"] is None or not r["date"].startswith("--") for r in rows)
    dated = [r for r in rows if r["date"]]
    assert len(dated) == len(rows)  # every article of the fixture has a publication date


def test_pandas_reads_the_codes_as_strings_with_the_documented_dtypes(out, tmp_path):
    pd = pytest.importorskip("pandas")
    with open_store(out) as store:
        export(store.dataset, "events", tmp_path / "events.csv")
        export(store.dataset, "events-jsonl", tmp_path / "events.jsonl")
    naive = pd.read_csv(tmp_path / "events.csv")
    assert 40 in set(naive["cameo"])  # what a plain read_csv does to "040": why the dtypes are given
    frame = pd.read_csv(tmp_path / "events.csv", dtype=PANDAS_DTYPES, keep_default_na=False, na_values=[""])
    assert {"040", "051", "163"} <= set(frame["cameo"].dropna())
    assert str(frame["num_articles"].dtype) == "Int64" and str(frame["confidence"].dtype) == "float64"
    assert set(frame["date_precision"].dropna()) == {"day", "month"}
    assert pd.to_datetime(frame["date"], format="ISO8601").notna().all()
    lines = pd.read_json(tmp_path / "events.jsonl", lines=True, dtype=False, convert_dates=False)
    assert list(lines.columns) == list(frame.columns) and {"040", "051"} <= set(lines["cameo"].dropna())
    assert sorted(lines["event_iri"]) == sorted(frame["event_iri"])


def test_csv_and_jsonl_hold_the_same_rows(out):
    with open_store(out) as store:
        table = list(csv.DictReader(io.StringIO(export(store.dataset, "events").decode())))
        lines = [json.loads(x) for x in export(store.dataset, "events-jsonl").decode().splitlines()]
    assert [r["event_iri"] for r in table] == [r["event_iri"] for r in lines]
    assert [r["cameo"] for r in table] == ["" if r["cameo"] is None else r["cameo"] for r in lines]


def test_a_symmetric_event_reported_both_ways_keeps_each_actor_code(tmp_path):
    def article(name, body, subject, obj, codes):
        rel = Relation(subject, "Person", "meets", obj, "Person", body, 0, len(body), date="2024-05-06",
                       cameo="040", subject_code=codes[0], object_code=codes[1])
        entities = (Entity("Wang Yi", "Person"), Entity("Sergei Lavrov", "Person"))
        return Extraction(Article(name, body, published="2024-05-07", sha256=name), entities, (), (rel,))

    with open_store(tmp_path) as store:
        store.add(article("x.txt", "Wang Yi met Sergei Lavrov.", "Wang Yi", "Sergei Lavrov", ("CHNGOV", "RUSGOV")))
        store.add(article("y.txt", "Lavrov met Wang.", "Sergei Lavrov", "Wang Yi", ("RUSGOV", "CHNGOV")))
        store.refresh()
        [row] = event_rows(store.dataset)
    assert (row["source_name"], row["source_code"]) == ("Sergei Lavrov", "RUSGOV")
    assert (row["target_name"], row["target_code"]) == ("Wang Yi", "CHNGOV")
    assert row["num_articles"] == 2


def test_the_data_dictionary_names_every_column():
    from pathlib import Path

    from kg.export.neo4j import NODE_COLUMNS, RELATIONSHIP_COLUMNS

    text = (Path(__file__).resolve().parents[2] / "output" / "README.md").read_text("utf-8")
    for name, dtype, _ in COLUMNS:
        assert f"| `{name}` | {dtype} |" in text, name
    for header, *_ in NODE_COLUMNS + RELATIONSHIP_COLUMNS:
        assert f"`{header}`" in text or header.startswith(":") or f"`{header.split(':')[0]}`" in text, header
    for field in ("subject_iri", "object_iri", "event_iri", "relation_iri", "article_iri", "plover_context"):
        assert f"`{field}`" in text, field
