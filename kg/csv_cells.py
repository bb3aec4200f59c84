"""CSV that a spreadsheet opens as data: a text cell that would start a formula gets a leading quote.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and some strip a
leading tab or carriage return first: an article titled ``=HYPERLINK("http://evil.example", "x")``
would be a live link in events.csv. Every CSV kg writes (the Neo4j CSVs, events.csv, ``kg query
--format csv``) goes through :func:`csv_text`, which prefixes such cells with ``'`` (OWASP's advice;
a spreadsheet shows the cell as the text without the quote). A cell that is a number, such as
``-2.5`` (a negative score or longitude), is not a formula and stays as it is.

    >>> safe_cell("=1+2"), safe_cell("@SUM(A1)"), safe_cell("-2+3"), safe_cell("-2.5"), safe_cell(7)
    ("'=1+2", "'@SUM(A1)", "'-2+3", '-2.5', 7)
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from itertools import chain

__all__ = ["FORMULA_STARTS", "safe_cell", "csv_text"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def safe_cell(value: object) -> object:
    """``value``, or, for text a spreadsheet would run as a formula, that text after a single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_text(header: Sequence[str], rows: Iterable[Iterable[object]], *, line_end: str = "\n") -> str:
    """A CSV document: ``header``, then ``rows`` (None is an empty cell) with every cell made safe."""
    buffer = io.StringIO()
    # Written with CRLF, so that a cell holding either character is quoted whatever ``line_end`` is
    # (the writer quotes only the characters of its own line end); each record's CRLF is then replaced.
    writer = csv.writer(buffer, lineterminator="\r\n")
    lines = []
    for row in chain([header], rows):
        writer.writerow([safe_cell("" if cell is None else cell) for cell in row])
        lines.append(buffer.getvalue()[:-2] + line_end)
        buffer.seek(0)
        buffer.truncate()
    return "".join(lines)
