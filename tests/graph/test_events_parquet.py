"""events.parquet: events.csv's rows, read back by pandas, polars and DuckDB with the types kg gives."""

from __future__ import annotations

import csv
import datetime
import hashlib
import sys
from pathlib import Path

import pytest

from kg.errors import ExportError, KgError
from kg.export import COMMON_FORMATS, export, format_for
from kg.export.events import COLUMNS, PANDAS_DTYPES
from kg.export.parquet import DATE_COLUMNS, parquet_columns
from kg.graph import open_store
from kg.records import Article, Entity, Extraction, Relation

pytest.importorskip("pyarrow")

NAMES = [name for name, _, _ in COLUMNS]  # events.csv's header


def _cooperation() -> Extraction:
    """A fourth article: a CAMEO 050 event dated by its year only."""
    body = "In 2021 China and Russia cooperated on energy."
    relation = Relation("China", "Country", "cooperatesWith", "Russia", "Country", body, 0, len(body),
                        date="2021", cameo="050", rule="cooperate", confidence=0.55)
    article = Article("d4.txt", body, title="Energy", published="2021-12-30", source="Example Times",
                      url="https://news.example.com/d4.txt", sha256=hashlib.sha256(body.encode()).hexdigest())
    return Extraction(article, (Entity("China", "Country", code="CHN"), Entity("Russia", "Country", code="RUS")),
                      (), (relation,))


@pytest.fixture
def files(tmp_path, extractions) -> tuple[Path, Path]:
    """events.csv and events.parquet of the three hand-made articles and the 050 one."""
    with open_store(tmp_path / "build") as store:
        for extraction in [*extractions, _cooperation()]:
            store.add(extraction)
        store.refresh()
        export(store.dataset, "events", tmp_path / "events.csv")
        export(store.dataset, "events-parquet", tmp_path / "events.parquet")
    return tmp_path / "events.csv", tmp_path / "events.parquet"


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _as_csv(value) -> str:
    """A value read from the Parquet file as events.csv writes it."""
    return "" if value is None else str(value)


def test_registered_and_written_by_default_where_pyarrow_is_installed():
    assert format_for("out/events.parquet") == "events-parquet"
    assert ("events-parquet", "events.parquet") in COMMON_FORMATS


def test_the_schema_is_the_data_dictionary_with_two_typed_dates(files):
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pq.read_schema(files[1])
    assert schema.names == [name for name, _, _ in parquet_columns()]
    assert [n for n in schema.names if n not in {"date_start", "date_end"}] == NAMES  # the CSV's order
    arrow = {"string": pa.string(), "Int64": pa.int64(), "float64": pa.float64()}
    for name, dtype, _ in COLUMNS:
        assert schema.field(name).type == arrow[dtype], name
    assert schema.field("date_start").type == schema.field("date_end").type == pa.date32()
    assert schema.field("cameo").metadata[b"description"].startswith(b"CAMEO event code")


def test_pandas_reads_string_codes_nullable_counts_and_real_dates(files):
    pd = pytest.importorskip("pandas")
    frame = pd.read_parquet(files[1])  # no dtype arguments: the file says what each column is
    assert {"040", "050", "051", "163"} <= set(frame["cameo"].dropna())
    assert str(frame["cameo"].dtype) == "string" and str(frame["source_code"].dtype) == "string"
    assert str(frame["num_articles"].dtype) == "Int64" and str(frame["quad_class"].dtype) == "Int64"
    assert frame["quad_class"].isna().any()  # Borrell's urge has CAMEO "1": no quad class, and not a float NaN
    assert str(frame["confidence"].dtype) == "float64"
    assert all(isinstance(d, datetime.date) for d in frame["date_start"])
    # the rows and values of events.csv read with the documented dtypes, the same dtypes
    table = pd.read_csv(files[0], dtype=PANDAS_DTYPES, keep_default_na=False, na_values=[""])
    pd.testing.assert_frame_equal(frame[NAMES], table)


def test_polars_reads_the_same_rows_as_events_csv(files):
    pl = pytest.importorskip("polars")
    frame = pl.read_parquet(files[1])
    assert frame.schema["cameo"] == pl.String and frame.schema["source_code"] == pl.String
    assert frame.schema["num_articles"] == pl.Int64 and frame.schema["quad_class"] == pl.Int64
    assert frame.schema["date_start"] == frame.schema["date_end"] == pl.Date
    assert frame.schema["confidence"] == pl.Float64
    assert frame.filter(pl.col("cameo") == "050").height == 1
    rows = [{name: _as_csv(row[name]) for name in NAMES} for row in frame.iter_rows(named=True)]
    assert rows == _csv_rows(files[0])


def test_duckdb_reads_typed_columns_and_the_same_rows(files):
    duckdb = pytest.importorskip("duckdb")
    path = str(files[1]).replace("'", "''")
    types = dict(duckdb.sql(f"select column_name, column_type from (describe select * from '{path}')").fetchall())
    assert [types[c] for c in ("cameo", "source_code", "num_articles", "quad_class", "confidence")] == [
        "VARCHAR", "VARCHAR", "BIGINT", "BIGINT", "DOUBLE"]
    assert types["date_start"] == types["date_end"] == "DATE"
    [(code, start, end)] = duckdb.sql(f"select cameo, date_start, date_end from '{path}' where cameo = '050'").fetchall()
    assert (code, start, end) == ("050", datetime.date(2021, 1, 1), datetime.date(2021, 12, 31))
    # dates compare as dates: every event but the EU sanctions (March 2022) and the 050 one (2021)
    later = duckdb.sql(f"select count(*) from '{path}' where date_start >= date '2022-10-01'").fetchall()[0][0]
    assert later == len(_csv_rows(files[0])) - 2
    columns = ", ".join(f'"{n}"' for n in NAMES)
    rows = [dict(zip(NAMES, map(_as_csv, row))) for row in duckdb.sql(f"select {columns} from '{path}'").fetchall()]
    assert rows == _csv_rows(files[0])


def test_date_start_and_end_span_the_day_month_or_year_the_date_names(files):
    pl = pytest.importorskip("polars")
    frame = pl.read_parquet(files[1])
    spans = {(r["date"], r["date_precision"]): (r["date_start"], r["date_end"]) for r in frame.iter_rows(named=True)}
    d = datetime.date
    assert spans[("2022-10-27", "day")] == (d(2022, 10, 27), d(2022, 10, 27))  # the phone call
    assert spans[("2022-03", "month")] == (d(2022, 3, 1), d(2022, 3, 31))  # the EU sanctions: "in March"
    assert spans[("2021", "year")] == (d(2021, 1, 1), d(2021, 12, 31))
    assert frame["date_start"].null_count() == 0  # every event of the fixture is dated


def test_bytes_when_no_destination_and_the_same_bytes_each_time(files, tmp_path):
    with open_store(tmp_path / "build") as store:
        data = export(store.dataset, "events-parquet")
    assert data[:4] == b"PAR1" and data == files[1].read_bytes()


def test_an_empty_graph_gives_an_empty_typed_table(tmp_path):
    pl = pytest.importorskip("polars")
    with open_store(tmp_path) as store:
        export(store.dataset, "events-parquet", tmp_path / "events.parquet")
    frame = pl.read_parquet(tmp_path / "events.parquet")
    assert frame.height == 0 and frame.schema["cameo"] == pl.String and frame.schema["date_start"] == pl.Date


def test_without_pyarrow_one_line_names_the_extra(out, monkeypatch):
    for module in [m for m in sys.modules if m == "pyarrow" or m.startswith("pyarrow.")]:
        monkeypatch.delitem(sys.modules, module)
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    with open_store(out) as store, pytest.raises(ExportError) as error:
        export(store.dataset, "events-parquet", out / "events.parquet")
    assert isinstance(error.value, KgError) and "\n" not in str(error.value)
    assert "pip install 'kg[parquet]'" in str(error.value)
    assert not (out / "events.parquet").exists()


def test_the_docs_describe_the_file_and_its_date_columns():
    root = Path(__file__).resolve().parents[2]
    dictionary = (root / "output" / "README.md").read_text("utf-8")
    for name, _, _ in DATE_COLUMNS:
        assert f"| `{name}` | date32 |" in dictionary, name
    assert "read_parquet" in dictionary
    assert "`events.parquet`" in (root / "README.md").read_text("utf-8")
