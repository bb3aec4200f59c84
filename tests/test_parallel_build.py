"""Parallel and distributed builds give exactly the serial graph (slow: the spaCy model, real processes, a real Dask cluster)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.config import Config
from kg.export.shards import export_shards
from kg.pipeline import build
from kg.serve import oxigraph_program

pytestmark = pytest.mark.slow
distributed = pytest.importorskip("distributed", reason="Dask is not installed (pip install 'kg[dask]')")

ROOT = Path(__file__).resolve().parents[1]
COPIES = 3  # the five sample articles three times: 15 articles, four batches of four
BATCH = 4


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for copy in range(COPIES):
        for sample in sorted((ROOT / "data" / "articles").glob("*.txt")):
            shutil.copy(sample, folder / f"{copy}_{sample.name}")
    return folder


@pytest.fixture(scope="module", autouse=True)
def fixed_build_time():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the build graph records the time
        yield


def quads(corpus: Path, out: Path, **settings) -> list[str]:
    report = build([corpus], out=out, config=Config(batch_size=BATCH, **settings), formats=["nquads"], progress=False)
    assert report.problems == () and report.articles_built == len(list(corpus.iterdir()))
    return sorted((out / "graph.nq").read_text("utf-8").splitlines())


@pytest.fixture(scope="module")
def serial_out(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("serial")
    quads(corpus, out, jobs=1)
    return out


@pytest.fixture(scope="module")
def serial(serial_out) -> list[str]:
    return sorted((serial_out / "graph.nq").read_text("utf-8").splitlines())


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      scheduler_port=0, host="127.0.0.1") as local, Client(local, set_as_default=False) as client:
        yield local, client


def test_two_processes_give_the_serial_graph_byte_for_byte(corpus, serial, serial_out, tmp_path):
    assert len(serial) > 1000
    assert quads(corpus, tmp_path, jobs=2) == serial
    assert (tmp_path / "graph.nq").read_bytes() == (serial_out / "graph.nq").read_bytes()


def test_a_dask_cluster_gives_the_serial_graph(corpus, serial, cluster, tmp_path):
    local, client = cluster
    assert len(client.scheduler_info()["workers"]) == 2
    assert quads(corpus, tmp_path, scheduler=local.scheduler_address) == serial
    loaded = client.run(lambda: __import__("kg.extract.model", fromlist=["load_model"]).load_model.cache_info().currsize)
    assert sorted(loaded.values()) == [1, 1]  # each worker loaded the model, once


def test_losing_a_worker_mid_build_still_gives_the_serial_graph(corpus, serial, cluster, tmp_path):
    local, client = cluster
    pids = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_busy_worker() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            busy = [worker for worker, keys in client.processing().items() if keys]
            if busy:  # a worker is extracting a batch: kill it in the middle of it
                killed.append(pids[busy[0]])
                os.kill(pids[busy[0]], signal.SIGKILL)
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    try:
        got = quads(corpus, tmp_path, scheduler=local.scheduler_address)
    finally:
        killer.join()
    assert killed, "no worker was busy during the build"
    assert got == serial
    client.wait_for_workers(2, timeout=60)  # the nanny replaced the worker that was killed
    assert killed[0] not in client.run(os.getpid).values()


@pytest.mark.integration
def test_the_shards_of_a_build_are_its_quads_and_load_into_oxigraph(serial_out, serial, tmp_path):
    shards = export_shards(out=serial_out, shards=3, dest=tmp_path / "shards")
    assert sorted(line for path in shards for line in path.read_text("utf-8").splitlines()) == serial
    done = subprocess.run([oxigraph_program(), "load", "--location", str(tmp_path / "db"), "--file", *map(str, shards)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert len(ox.Store.read_only(str(tmp_path / "db"))) == len(serial)
