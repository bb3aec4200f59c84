"""Extraction in worker processes or on a Dask cluster, giving exactly the extractions of a serial build.

    extract_all(articles, extract, config=, report=) → Extraction per usable article, in input order

Articles are cut into the batches a serial build hands spaCy (``batch_size`` short articles, a
long one alone: see ``kg.isolate``), and each batch is one task: ``extract_each`` in a worker, so
a failing article is retried alone and reported there, as in a serial build. At most a window of
tasks is out at a time and results are put back in input order: articles stream in, Extraction
records stream out, memory stays flat. The caller alone writes the store.

Where the work goes (``Config``): ``scheduler`` names a Dask scheduler (``kg.cluster``); else
``jobs`` worker processes on this machine (0: one per core). One job, or input that fits in one
batch of short articles, runs in this process: the serial build itself. A long article alone
(``kg.ingest.pieces``) goes to one worker all the same, so that the model and spaCy's working
memory (300 to 400 MB) are gone before its extraction is stored: the workers are shut down before
the last results are handed back (benchmarks/bench_long_article.py).
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from kg.config import Config
from kg.errors import ConfigError, KgError
from kg.ingest import one_line
from kg.ingest.pieces import PIECE_CHARS
from kg.isolate import Extract, extract_each
from kg.records import Article, Extraction, Problem

__all__ = ["extract_all", "batches", "run_batch", "warm", "jobs_for"]

# Tasks out at once per worker: enough that a worker never waits for the next, few enough that the
# results held back behind a slow batch (to keep input order) stay small.
TASKS_PER_WORKER = 4
_ONE_AT_A_TIME = threading.Lock()  # a worker runs one batch at a time, whatever its thread count
# A worker is one core's worth of work: no math-library thread pools competing with the other
# workers (Dask sets the same for its workers).
_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_WARM_TEXT = "Minister Wang met Sergei Lavrov in Moscow on Monday."


def jobs_for(config: Config) -> int:
    """The number of worker processes ``config`` asks for (``jobs`` 0: the cores this process may use)."""
    if config.jobs < 0:
        raise ConfigError(f"jobs must be 0 (one per core) or more, not {config.jobs}")
    if config.jobs > 0:
        return config.jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def batches(articles: Iterable[Article], config: Config) -> Iterator[list[Article]]:
    """The batches a serial build parses together: ``batch_size`` short articles, a long one alone."""
    batch: list[Article] = []
    for article in articles:
        if len(article.body) > PIECE_CHARS:  # kg.isolate parses it alone, in pieces
            if batch:
                yield batch
                batch = []
            yield [article]
            continue
        batch.append(article)
        if len(batch) == config.batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_batch(batch: list[Article], extract: Extract, config: Config) -> list[Extraction | Problem]:
    """The task a worker runs: the batch's extractions and problems, in input order."""
    out: list[Extraction | Problem] = []
    with _ONE_AT_A_TIME:  # spaCy's pipeline is not shared between threads
        for extraction in extract_each(batch, extract, config=config, report=out.append):
            out.append(extraction)
    return out


def warm(extract: Extract, config: Config) -> None:
    """Load the model and compile the lexicons once per worker, before its first task."""
    from kg.ingest.readers import make_article  # noqa: PLC0415

    for name in _ONE_THREAD:  # read when numpy loads, which has not happened yet in a fresh worker
        os.environ.setdefault(name, "1")
    try:
        run_batch([make_article("warm-up", [_WARM_TEXT], raw=b"")], extract, config)
    except Exception:  # noqa: BLE001, S110  (the first real task meets the same error and reports it)
        pass


def _start_worker(extract: Extract, config: Config) -> None:
    """A worker process of ``Pool``: it stops when the main process dies (killed, out of memory), then warms up."""
    import multiprocessing.connection  # noqa: PLC0415

    parent = multiprocessing.parent_process()
    if parent is not None:
        def watch() -> None:
            multiprocessing.connection.wait([parent.sentinel])
            os._exit(1)  # nobody is left to take its results

        threading.Thread(target=watch, name="kg-watch-parent", daemon=True).start()
    warm(extract, config)


def extract_all(articles: Iterable[Article], extract: Extract, *, config: Config,
                report: Callable[[Problem], None]) -> Iterator[Extraction]:
    """An Extraction per article that could be extracted, in input order, wherever ``config`` sends the work."""
    if config.scheduler:
        try:
            from kg.cluster import Cluster  # noqa: PLC0415  (Dask is an optional extra)
        except ImportError as exc:
            raise ConfigError(f"a Dask scheduler needs Dask: pip install 'kg[dask]' ({exc})") from None

        yield from _ordered(batches(articles, config), lambda: Cluster(config.scheduler, extract, config), report)
        return
    stream = batches(articles, config)
    head = [batch for batch in (next(stream, None), next(stream, None)) if batch is not None]
    jobs = jobs_for(config)
    if jobs == 1 or not head or len(head) == 1 and not _long(head[0]):  # workers would only add their start-up
        yield from extract_each(chain.from_iterable(chain(head, stream)), extract, config=config, report=report)
        return
    # A long article alone still goes to a worker: the model and spaCy's working memory stay out of
    # the process that then turns its extraction into quads, and leave with the worker before that.
    yield from _ordered(chain(head, stream), lambda: Pool(min(jobs, len(head)), extract, config), report)


def _long(batch: list[Article]) -> bool:
    """A batch that is one long article, parsed in pieces."""
    return len(batch) == 1 and len(batch[0].body) > PIECE_CHARS


class Pool:
    """Worker processes on this machine, started fresh (spawn): no store handle or thread is inherited."""

    retries = 1  # times a batch that killed its worker running alone is tried again
    shared_fate = True  # a dead process breaks the whole pool: every running batch is lost
    lost: tuple[type[BaseException], ...]

    def __init__(self, jobs: int, extract: Extract, config: Config) -> None:
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

        self.jobs, self.extract, self.config = jobs, extract, config
        self.lost = (BrokenProcessPool,)
        self.window = TASKS_PER_WORKER * jobs
        self.running: set = set()
        self.started = False  # a batch came back: the workers can start
        self.executor = self._start()

    def _start(self):
        import multiprocessing  # noqa: PLC0415
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(self.extract, self.config))

    def submit(self, batch: list[Article]):
        future = self.executor.submit(run_batch, batch, self.extract, self.config)
        future.add_done_callback(self._came_back)
        self.running.add(future)
        return future

    def _came_back(self, future) -> None:
        if not future.cancelled() and future.exception() is None:
            self.started = True

    def next_done(self):
        """Wait for any running task to finish and return its future."""
        from concurrent.futures import FIRST_COMPLETED, wait  # noqa: PLC0415

        done, _ = wait(self.running, return_when=FIRST_COMPLETED)
        future = min(done, key=id)
        self.running.discard(future)
        return future

    def result(self, future) -> list[Extraction | Problem]:
        return future.result()

    def restart(self) -> None:
        """After a worker died (and every running task with it): a fresh pool takes over."""
        if not self.started:  # not one batch done: the workers cannot start, a fresh pool would not either
            raise KgError("the extraction processes stopped before finishing a batch (their error is above); "
                          "a script calling kg.build must do so under `if __name__ == '__main__':`, or set jobs = 1")
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.running.clear()
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


@dataclass(slots=True)
class _Task:
    index: int
    batch: list[Article]
    tries: int = 0


def _ordered(stream: Iterator[list[Article]], start: Callable, report: Callable[[Problem], None]
             ) -> Iterator[Extraction]:
    """Run every batch of ``stream`` on the backend ``start()`` makes, a window at a time, yielding in order.

    When a worker process dies, every batch running in the pool dies with it; those batches then
    run one at a time, so the one that kills its worker alone is known: after ``retries`` more
    deaths its articles are reported and the build goes on. (A Dask cluster retries on its own.)
    """
    backend = start()
    running: dict = {}  # future → task
    finished: dict[int, list[Extraction | Problem]] = {}  # done, waiting for an earlier batch
    suspects: deque[_Task] = deque()  # lost with a dead worker: run alone
    submitted = emitted = 0
    closed = False

    def fill() -> None:
        nonlocal submitted
        if suspects:
            if not running:
                task = suspects.popleft()
                running[backend.submit(task.batch)] = task
            return
        while len(running) + len(finished) < backend.window:
            batch = next(stream, None)
            if batch is None:
                return
            running[backend.submit(batch)] = _Task(submitted, batch)
            submitted += 1

    def give_up(task: _Task, exc: BaseException) -> None:
        why = one_line(f"extraction failed: the worker running it was lost: {type(exc).__name__}: {exc}")
        finished[task.index] = [Problem(a.id, why) for a in task.batch]

    try:
        fill()
        while running:
            future = backend.next_done()
            task = running.pop(future)
            try:
                finished[task.index] = backend.result(future)
            except backend.lost as exc:
                if not backend.shared_fate:
                    give_up(task, exc)
                elif running:  # it died in company: none of them is known to be the cause
                    backend.restart()
                    suspects.extend(sorted([task, *running.values()], key=lambda t: t.index))
                    running.clear()
                else:
                    backend.restart()
                    task.tries += 1
                    give_up(task, exc) if task.tries > backend.retries else suspects.appendleft(task)
            ready: list[Extraction | Problem] = []
            while emitted in finished:
                ready.extend(finished.pop(emitted))
                emitted += 1
            fill()
            if not running and not closed:  # the last results: the workers (and their memory) go first
                closed = True
                backend.close()
            for item in ready:
                if isinstance(item, Problem):
                    report(item)
                else:
                    yield item
            ready.clear()  # not held while waiting for the next batch
    finally:
        if not closed:
            backend.close()
