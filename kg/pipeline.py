"""``build()``: ingest → extract → store → exports, streaming one article at a time.

    read_articles ─▶ (skip unchanged: same sha256 and extractor) ─▶ extract ─▶ Store.add ─▶ refresh ─▶ export × formats
                  ─▶ publish (a read-only snapshot of the store, for readers)

Extraction runs here, in worker processes or on a Dask cluster (``kg.parallel``: ``jobs``,
``scheduler``), always giving the extractions in input order; only this process writes the store.
Each input stands alone (``kg.isolate``): one that cannot be read, extracted or stored is reported
and skipped. The build folder records whether a build finished (``kg.outdir``): after one that
was killed, the next refreshes the views and rewrites every export. The refresh redoes only what
the changed articles reach, or everything when the store was left in the middle of a change
(``kg.graph.store``). Readers see the last complete build: a finished build publishes a read-only
snapshot of the store for them (``kg.snapshot``).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TextIO

from kg.config import Config, extractor_fingerprint, load_config
from kg.errors import KgError
from kg.ingest import one_line
from kg.records import Article, Extraction, Problem

__all__ = ["build", "BuildReport", "output_name"]


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did: counts for the articles extracted in this run, problems, files written."""

    articles_read: int
    articles_built: int
    articles_unchanged: int
    entities: int  # distinct (name, type) in the articles extracted by this run
    relations: int  # relations in the articles extracted by this run
    problems: tuple[Problem, ...]
    files: tuple[Path, ...]
    html: Path | None

    @property
    def skipped(self) -> tuple[Problem, ...]:
        """The inputs that were not built (fatal problems); warnings are left out."""
        return tuple(p for p in self.problems if p.fatal)


class _Progress:
    """One stderr line per article: rewritten in place on a terminal, appended otherwise."""

    def __init__(self, enabled: bool, stream: TextIO) -> None:
        self.enabled, self.stream = enabled, stream
        self.tty = stream.isatty()
        self.dirty = False

    def show(self, text: str) -> None:
        if not self.enabled:
            return
        if self.tty:
            self.stream.write("\r\033[K" + text[: shutil.get_terminal_size().columns - 1])
            self.dirty = True
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def clear(self) -> None:
        """Erase the in-place line, so the summary starts on a clean line."""
        if self.dirty:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.dirty = False


def output_name(fmt: str) -> str:
    """The file (or folder) ``kg build`` writes a format to inside OUTDIR."""
    from kg.export import COMMON_FORMATS, suffixes  # noqa: PLC0415

    name = dict(COMMON_FORMATS).get(fmt)
    if name:
        return name
    first = next(iter(suffixes(fmt)), "")
    return f"graph{first}" if first.startswith(".") else first or fmt


def build(
    inputs: Iterable[str | Path],
    *,
    out: str | Path = "output",
    config: Config | None = None,
    formats: Sequence[str] | None = None,
    progress: bool | None = None,
) -> BuildReport:
    """Read ``inputs``, extract changed articles into the store at ``out`` and write the exports."""
    from kg.export import COMMON_FORMATS, export  # noqa: PLC0415  (lazy: keeps `import kg` cheap)
    from kg.export import formats as formats_known  # noqa: PLC0415
    from kg.extract import extract  # noqa: PLC0415
    from kg.graph import open_store  # noqa: PLC0415
    from kg.heap import settled  # noqa: PLC0415
    from kg.ingest import read_articles  # noqa: PLC0415
    from kg.parallel import extract_all  # noqa: PLC0415
    from kg.outdir import check_inputs, claim, finish, stored_extractor, sweep  # noqa: PLC0415
    from kg.snapshot import publish, published  # noqa: PLC0415

    config = config or load_config()
    out = Path(out)
    inputs = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    wanted = list(formats) if formats is not None else [fmt for fmt, _ in COMMON_FORMATS]
    destinations = {fmt: out / output_name(fmt) for fmt in wanted}  # an unknown format fails now, not after extraction
    check_inputs(inputs, out)  # before anything is written
    show = _Progress(sys.stderr.isatty() and config.progress if progress is None else progress, sys.stderr)
    problems: list[Problem] = []
    counts = {"read": 0, "unchanged": 0, "built": 0, "relations": 0}
    failures: list[Problem] = []  # articles extraction gave up on
    entities: set[tuple[str, str]] = set()

    # A build that did not finish leaves the merged graph and the exports behind the store: redo them.
    finished = claim(out, [output_name(fmt) for fmt in formats_known()])
    sweep(out)
    extractor = extractor_fingerprint(config.model)
    with open_store(out, base_iri=config.base_iri) as store:
        # another kg version, lexicon or model made the stored extractions: every article is extracted again
        stored = store.article_hashes() if stored_extractor(out) == extractor else {}
        if published(out) is None:  # a first build: readers see the store as it is now (empty, or what a kg
            publish(out, store.snapshot)  # that kept no snapshots built), never the store while it changes

        def unchanged(article_id: str, sha256: str) -> bool:
            """Whether the store holds this version of the article (counted as read and unchanged)."""
            if stored.get(article_id) != sha256:
                return False
            counts["read"] += 1
            counts["unchanged"] += 1
            show.show(f"kg: {counts['unchanged']} unchanged, {counts['built']} built: {article_id} unchanged")
            return True

        def changed(articles: Iterator[Article]) -> Iterator[Article]:
            for article in articles:
                if not unchanged(article.id, article.sha256):
                    counts["read"] += 1
                    yield article

        pending = changed(read_articles(inputs, max_bytes=config.max_bytes, on_problem=problems.append,
                                        unchanged=unchanged))
        first = next(pending, None)  # nothing changed: do not even load the model
        files: list[Path] = []
        try:
            # in input order, from worker processes or a Dask cluster when config says so
            extractions = extract_all(chain([first], pending), extract, config=config,
                                      report=lambda problem: (failures.append(problem), problems.append(problem)))
            with store.gathering():  # article graphs written in batches by the bulk loader
                for extraction in extractions if first else ():
                    if not _store(store, extraction, problems.append):
                        continue
                    counts["built"] += 1
                    counts["relations"] += len(extraction.relations)
                    entities.update((e.name, e.type) for e in extraction.entities)
                    # nlp.pipe reads ahead a batch, so count what is built, not what is read
                    show.show(f"kg: {counts['unchanged']} unchanged, {counts['built']} built: "
                              f"{extraction.article.id}: {len(extraction.entities)} entities, "
                              f"{len(extraction.relations)} relations")
            if len(failures) > 1 and not counts["built"]:  # no corpus is that unlucky: kg itself is broken
                raise KgError(f"no article could be extracted ({failures[0].path}: {failures[0].message})")
            changed_graph = counts["built"] > 0 or not finished
            with settled():  # the model and the rest of the build left out of the collector's full passes
                if changed_graph:
                    show.show("kg: merging the graph")
                    store.refresh()
                for fmt, dest in destinations.items():
                    if changed_graph or not dest.exists():  # the graph did not change: neither did this file
                        show.show(f"kg: writing {fmt}")
                        export(store.dataset, fmt, dest, **({"config": config} if fmt == "html" else {}))
                    files.append(dest)
            if changed_graph:  # the store and every export are complete (a first build published at its start)
                show.show("kg: publishing the graph")
                publish(out, store.snapshot)
        finally:
            show.clear()
    finish(out, extractor)
    html = _html_entry(destinations["html"]) if "html" in destinations and destinations["html"] in files else None
    return BuildReport(
        articles_read=counts["read"], articles_built=counts["built"], articles_unchanged=counts["unchanged"],
        entities=len(entities), relations=counts["relations"], problems=tuple(problems), files=tuple(files),
        html=html,
    )


def _store(store, extraction: Extraction, report: Callable[[Problem], None]) -> bool:
    """Add one extraction to the store; a failure is that article's problem, not the build's."""
    try:
        store.add(extraction)
    except (OSError, KgError):
        raise  # the disk or the store, not the article
    except Exception as exc:  # noqa: BLE001
        report(Problem(extraction.article.id, one_line(f"cannot store: {type(exc).__name__}: {exc}")))
        return False
    return True


def _html_entry(dest: Path) -> Path | None:
    """The page to open: ``index.html`` inside a folder export, or the file itself."""
    page = dest / "index.html" if dest.is_dir() else dest
    return page if page.exists() else None
