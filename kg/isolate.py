"""Extraction that one article cannot stop: long articles go in pieces, a failing article is reported and skipped.

    extract_each(articles, extract, config=, report=) → Extraction per usable article, in order

Short articles stream through ``extract`` in batches as usual. A long one is cut into paragraph
batches (``kg.ingest.pieces``) parsed one at a time, so memory stays bounded whatever its
length, and joined back with offsets into the whole body. When ``extract`` raises, the article
it was working on (the next one due: it yields in order) is tried alone; if it fails again it is
reported with a one-line reason and the rest go on. So is one whose extraction runs past the
configured time limit (``extract_timeout``, in the main thread of a process, where a timer can
interrupt it): a rule that never ends on some input costs that article, not the build.
"""

from __future__ import annotations

import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain

from kg.config import Config
from kg.errors import ConfigError, ModelError
from kg.ingest import one_line
from kg.ingest.pieces import PIECE_CHARS, join, split
from kg.records import Article, Extraction, Problem

__all__ = ["extract_each", "BATCH_CHARS"]

# Characters of one long article parsed at once: one piece. spaCy's working memory grows with them,
# by about 60 MB a piece (peak RSS of a 300,000-character article: 251 MiB one piece at a time,
# 324 MiB two, 497 MiB five); a build of a 1 MB article took 168 s either way.
BATCH_CHARS = PIECE_CHARS
_FATAL = (ModelError, ConfigError)  # not an input's fault: stop the build

Extract = Callable[..., Iterator[Extraction]]


class ExtractionTimeout(Exception):  # noqa: N818  (read in the report: "extraction failed: ExtractionTimeout: …")
    """An article's extraction ran past the configured time limit."""


def _timed(seconds: float) -> bool:
    """Whether a time limit can be kept here: one is set, in a process's main thread (where a timer signal
    can interrupt the code)."""
    return seconds > 0 and threading.current_thread() is threading.main_thread()


@contextmanager
def _deadline(seconds: float, *, running: bool) -> Iterator[None]:
    """Raise ExtractionTimeout where the code is once ``seconds`` have passed since the clock started: now if
    ``running`` (articles are waiting), else when the first article is taken (_start_clock: loading the model
    is no article's time)."""
    if not _timed(seconds) or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield  # (nor when the caller's own timer runs: it is theirs to keep)
        return

    def expire(signum, frame) -> None:
        raise ExtractionTimeout(f"took longer than {seconds:g} s")

    expire.deadline = True  # (what _start_clock looks for: it never starts a timer no handler catches)
    previous = signal.signal(signal.SIGALRM, expire)
    if running:
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _start_clock(seconds: float) -> None:
    if _timed(seconds) and getattr(signal.getsignal(signal.SIGALRM), "deadline", False) \
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0:
        signal.setitimer(signal.ITIMER_REAL, seconds)


@dataclass(frozen=True, slots=True)
class _Fed:
    piece: Article
    whole: Article
    offset: int
    last: bool


def _groups(articles: Iterable[Article], config: Config) -> Iterator[tuple[Iterator[Article], Config]]:
    """Runs of short articles (the configured batch size) and long articles alone (a piece per batch)."""
    source = iter(articles)
    held: list[Article] = []

    def shorts() -> Iterator[Article]:
        for article in source:
            if len(article.body) > PIECE_CHARS:
                held.append(article)
                return
            yield article

    long_config = config.with_(batch_size=max(1, min(config.batch_size, BATCH_CHARS // PIECE_CHARS)))
    while True:
        yield shorts(), config
        if not held:
            return
        yield iter([held.pop()]), long_config


def extract_each(articles: Iterable[Article], extract: Extract, *, config: Config,
                 report: Callable[[Problem], None]) -> Iterator[Extraction]:
    """An Extraction per article that could be extracted, in order; the others are reported."""
    for group, group_config in _groups(articles, config):
        yield from _Run(extract, group_config, report).run(group)


class _Run:
    """One stream through ``extract``, restarted after the article that broke it."""

    def __init__(self, extract: Extract, config: Config, report: Callable[[Problem], None]) -> None:
        self.extract, self.config, self.report = extract, config, report
        self.queue: deque[_Fed] = deque()  # fed to extract, not yet extracted
        self.parts: list[tuple[int, Extraction]] = []  # pieces of the article being joined
        self.failed: Article | None = None

    def _feed(self, items: Iterable[_Fed]) -> Iterator[Article]:
        for fed in items:
            if fed.whole is not self.failed:
                self.queue.append(fed)
                _start_clock(self.config.extract_timeout)
                yield fed.piece

    def _accept(self, fed: _Fed, extraction: Extraction) -> Extraction | None:
        if fed.whole is self.failed:
            return None
        self.parts.append((fed.offset, extraction))
        if not fed.last:
            return None
        whole, self.parts = join(fed.whole, self.parts), []
        return whole

    def _fail(self, fed: _Fed, exc: BaseException) -> None:
        self.failed, self.parts = fed.whole, []
        self.report(Problem(fed.whole.id, one_line(f"extraction failed: {type(exc).__name__}: {exc}")))

    def run(self, articles: Iterator[Article]) -> Iterator[Extraction]:
        pending = (_Fed(p.article, a, p.offset, i == len(ps) - 1)
                   for a in articles for ps in [split(a)] for i, p in enumerate(ps))
        retry: list[_Fed] = []
        while True:
            try:
                stream = self.extract(self._feed(chain(retry, pending)), config=self.config)
                while True:  # (each article in its time: the clock is set again for every one)
                    with _deadline(self.config.extract_timeout, running=bool(self.queue)):
                        extraction = next(stream, None)
                    if extraction is None:
                        return
                    done = self._accept(self.queue.popleft(), extraction)
                    if done is not None:
                        yield done
            except _FATAL:
                raise
            except Exception:  # noqa: BLE001  (one article must not stop the build)
                if not self.queue:
                    raise
                fed, retry = self.queue.popleft(), list(self.queue)
                self.queue.clear()
                done = self._alone(fed)
                if done is not None:
                    yield done

    def _alone(self, fed: _Fed) -> Extraction | None:
        """Extract ``fed`` on its own: a failure now is its own, not a batch neighbour's."""
        try:
            with _deadline(self.config.extract_timeout, running=True):
                (extraction,) = list(self.extract([fed.piece], config=self.config))
        except _FATAL:
            raise
        except Exception as exc:  # noqa: BLE001
            self._fail(fed, exc)
            return None
        return self._accept(fed, extraction)
