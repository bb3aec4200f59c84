"""The calls a notebook starts with: extract from a text, build a folder, open a build.

    >>> import kg
    >>> graph = kg.build_graph("data/articles", out="output", progress=False)
    >>> graph.report.articles_read
    5
    >>> graph.entities()[0]["name"]                # the most reported entity of the sample corpus
    'China'
    >>> kg.open("output").query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"] > 1000
    True

Text without a file works too, and writes nothing:

    >>> extraction = kg.extract_text(
    ...     "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow on Monday.",
    ...     title="Wang Yi meets Lavrov", published="2024-05-08")
    >>> meeting = next(r for r in extraction.relations if r.predicate == "meets")
    >>> meeting.subject, meeting.object, meeting.date, meeting.place
    ('Wang Yi', 'Sergei Lavrov', '2024-05-06', 'Moscow')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from kg.config import Config
from kg.errors import InputError
from kg.graph_handle import Graph
from kg.records import Extraction

__all__ = ["extract_text", "build_graph", "open", "Graph"]


def extract_text(
    text: str, *, title: str | None = None, published: str | dt.date | None = None, source: str | None = None,
    url: str | None = None, id: str = "text", config: Config | None = None,
) -> Extraction:
    """Extract entities and relations from one article's text (nothing is written).

    ``published`` (``yyyy-mm-dd`` or a date) dates relative words such as "on Monday". The text
    is read as a ``.txt`` file would be: a dateline or a source line in it is found too.
    """
    from kg.config import load_config
    from kg.extract import extract
    from kg.ingest.clean import clean_text
    from kg.ingest.dates import parse_date
    from kg.ingest.readers import make_article

    if not isinstance(text, str):
        raise TypeError(f"extract_text wants the text as a str, not {type(text).__name__}")
    if isinstance(published, dt.date):
        published = published.isoformat()[:10]
    date = parse_date(published) if published else None
    if published and date is None:
        raise InputError(f"cannot read the date {published!r}; give it as yyyy-mm-dd")
    clean = clean_text(text)
    paragraphs = list(clean.paragraphs)
    if title and clean.title and clean.title != title:  # a first line taken for a title stays text
        paragraphs.insert(0, clean.title)
    article = make_article(id, paragraphs, raw=text.encode("utf-8", "surrogatepass"), title=title or clean.title,
                           published=date or clean.published, source=source or clean.source, url=url)
    return next(iter(extract([article], config=config or load_config())))


def build_graph(
    inputs: str | Path | Iterable[str | Path], *, out: str | Path = "output", config: Config | None = None,
    formats: Iterable[str] | None = None, progress: bool | None = None,
) -> Graph:
    """Build ``inputs`` (files, folders, globs) into ``out`` as ``kg build`` does, and open the result.

    The build's report (counts, problems, files written) is the graph's ``report``.
    """
    from kg.pipeline import build

    report = build(inputs, out=out, config=config, formats=list(formats) if formats is not None else None,
                   progress=progress)
    graph = Graph(out)
    graph.report = report
    return graph


def open(out: str | Path = "output") -> Graph:  # noqa: A001  (kg.open reads as "open a build")
    """Open the build folder ``out`` (written by ``kg build``) for queries, tables and exports."""
    return Graph(out)
