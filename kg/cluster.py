"""Extraction on a Dask cluster: the backend ``kg.parallel`` uses when ``scheduler`` is set.

    dask scheduler                                  # on one machine: tcp://HOST:8786
    dask worker tcp://HOST:8786 --nworkers 4 --nthreads 1   # on each machine (kg and its model installed)
    kg build news/ -o output --scheduler tcp://HOST:8786

Each batch of articles is one task (``kg.parallel.run_batch``); a worker plugin loads the model
once per worker, including workers that join later. Results come back through ``as_completed``,
a bounded window at a time, and the client writes them. When a worker is lost Dask runs its
tasks again elsewhere; a batch that keeps killing workers (Dask's ``allowed-failures``) is
reported article by article and the build goes on.
"""

from __future__ import annotations

import asyncio
import time

from distributed import Client, KilledWorker, WorkerPlugin, as_completed

from kg.config import Config
from kg.errors import ConfigError
from kg.isolate import Extract
from kg.parallel import TASKS_PER_WORKER, run_batch, warm
from kg.records import Article, Extraction, Problem

__all__ = ["Cluster", "WarmModel"]

CONNECT_TIMEOUT = "30s"
RECOUNT_SECONDS = 10.0  # how often the window follows the cluster's size


class WarmModel(WorkerPlugin):
    """Load the spaCy model and the lexicons when a worker starts, not in its first task."""

    name = "kg-warm-model"

    def __init__(self, extract: Extract, config: Config) -> None:
        self.extract, self.config = extract, config

    async def setup(self, worker) -> None:
        await asyncio.to_thread(warm, self.extract, self.config)  # off the event loop: heartbeats go on


class Cluster:
    """Tasks on the Dask scheduler at ``address``; only the task that was lost is lost."""

    shared_fate = False  # a lost worker loses its own tasks, and Dask runs them again elsewhere
    lost = (KilledWorker,)

    def __init__(self, address: str, extract: Extract, config: Config) -> None:
        self.extract, self.config = extract, config
        try:
            self.client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        try:
            self.client.register_plugin(WarmModel(extract, config))
        except BaseException:
            self.client.close()
            raise
        self.completed = as_completed(loop=self.client.loop)
        self.running: set = set()
        self._threads, self._counted = 1, float("-inf")

    @property
    def window(self) -> int:
        """Tasks to keep out: a few per worker thread, recounted now and then as workers come and go."""
        if time.monotonic() - self._counted > RECOUNT_SECONDS:
            self._threads, self._counted = sum(self.client.nthreads().values()), time.monotonic()
        return TASKS_PER_WORKER * max(self._threads, 1)

    def submit(self, batch: list[Article]):
        future = self.client.submit(run_batch, batch, self.extract, self.config, pure=False)
        self.running.add(future)
        self.completed.add(future)
        return future

    def next_done(self):
        """Wait for any running task to finish and return its future."""
        future = next(self.completed)
        self.running.discard(future)
        return future

    def result(self, future) -> list[Extraction | Problem]:
        try:
            return future.result()
        finally:
            future.release()

    def close(self) -> None:
        if self.running:
            self.client.cancel(list(self.running))
        self.client.close()
