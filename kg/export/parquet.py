"""events.parquet: the rows of events.csv with an Arrow schema, so every reader gets the same types.

The columns are events.csv's, typed from :data:`kg.export.events.COLUMNS` (pandas ``string`` →
Arrow ``string``, ``Int64`` → ``int64``, ``float64`` → ``float64``, null = no value), plus two date
columns after ``date_source``: ``date`` stays the ISO text, since a month or a year is not a day,
and ``date_start`` / ``date_end`` (``date32``) are the first and last day of the period it names
(the day itself at day precision; 2022-03 is 2022-03-01 to 2022-03-31). The file also carries
pandas metadata, so that a bare ``pandas.read_parquet(path)`` gives the dtypes of
:data:`~kg.export.events.PANDAS_DTYPES` (nullable ``Int64`` counts) and ``datetime.date`` dates.
pyarrow is the optional ``parquet`` extra: ``pip install 'kg[parquet]'``.
"""

from __future__ import annotations

import calendar
import datetime
import json
import re
from pathlib import Path

from kg.errors import ExportError
from kg.export import register
from kg.export.events import COLUMNS, event_rows

__all__ = ["DATE_COLUMNS", "parquet_columns", "arrow_schema", "to_events_parquet"]

# The columns events.parquet adds to events.csv's: (column, type, meaning), placed after _AFTER.
DATE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("date_start", "date", "first day of the period `date` names (the day itself at day precision)"),
    ("date_end", "date", "last day of that period (2022-03: 2022-03-31; 2022: 2022-12-31)"),
)
_AFTER = "date_source"
# column type -> (Arrow type, pandas metadata's pandas_type, numpy_type: the dtype pandas restores)
_TYPES = {
    "string": ("string", "unicode", "string"),
    "Int64": ("int64", "int64", "Int64"),
    "float64": ("float64", "float64", "float64"),
    "date": ("date32", "date", "object"),
}
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d-])")
_MISSING = "events.parquet needs pyarrow, which is not installed: pip install 'kg[parquet]'"


def parquet_columns() -> tuple[tuple[str, str, str], ...]:
    """(column, type, meaning) of events.parquet, in order: events.csv's columns and the date columns."""
    columns: list[tuple[str, str, str]] = []
    for column in COLUMNS:
        columns.append(column)
        if column[0] == _AFTER:
            columns.extend(DATE_COLUMNS)
    return tuple(columns)


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError(_MISSING) from None
    return pa, pq


def arrow_schema():
    """The ``pyarrow.Schema`` of events.parquet, with the pandas metadata that restores nullable dtypes."""
    pa, _ = _pyarrow()
    columns = parquet_columns()
    pandas = {
        "index_columns": [], "column_indexes": [],
        "columns": [{"name": name, "field_name": name, "pandas_type": _TYPES[kind][1],
                     "numpy_type": _TYPES[kind][2], "metadata": None} for name, kind, _ in columns],
        "creator": {"library": "kg"},
    }
    fields = [pa.field(name, getattr(pa, _TYPES[kind][0])(), nullable=True,
                       metadata={"description": meaning}) for name, kind, meaning in columns]
    return pa.schema(fields, metadata={"pandas": json.dumps(pandas)})


def _period(date: str | None) -> tuple[datetime.date | None, datetime.date | None]:
    """First and last day of the ISO day, month or year ``date`` names; (None, None) if it names none."""
    match = _ISO_DATE.match(date or "")
    if not match:
        return None, None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if day is not None:
            start = end = datetime.date(year, month, day)
        elif month is not None:
            start, end = datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])
        else:
            start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    except ValueError:  # 2022-13: not a date; the text column still holds what the graph says
        return None, None
    return start, end


@register("events-parquet", suffixes=("events.parquet",))
def to_events_parquet(dataset, dest: Path | None = None, **_options) -> bytes | None:
    """events.parquet: the rows of events.csv, typed (string codes, int64 counts, date32 dates)."""
    pa, pq = _pyarrow()
    rows = event_rows(dataset)
    periods = [_period(row["date"]) for row in rows]
    values = {"date_start": [p[0] for p in periods], "date_end": [p[1] for p in periods]}
    schema = arrow_schema()
    table = pa.Table.from_arrays(
        [pa.array(values[f.name] if f.name in values else [row[f.name] for row in rows], type=f.type)
         for f in schema], schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    data = sink.getvalue().to_pybytes()
    if dest is None:
        return data
    from kg.atomic import write_bytes

    write_bytes(dest, data)
    return None
