"""kg.parallel with a stand-in extractor: batches, order, failures and lost workers across real processes."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.parallel
from kg.config import Config
from kg.errors import ConfigError
from kg.ingest.pieces import PIECE_CHARS
from kg.ingest.readers import make_article
from kg.isolate import extract_each
from kg.parallel import batches, extract_all, jobs_for
from tests import parallel_fakes

STORY = "Minister Wang met Sergei Lavrov in Moscow on Monday."
ROOT = Path(__file__).resolve().parents[1]


def article(name: str, extra: str = ""):
    return make_article(name, [STORY + extra], raw=(name + extra).encode())


def run(articles, **settings):
    problems = []
    done = list(extract_all(articles, parallel_fakes.extract, config=Config(**settings), report=problems.append))
    return [x.article.id for x in done], [p.path for p in problems], problems


def test_batches_are_the_serial_builds_batches():
    long = make_article("long.txt", ["Lavrov said so. " * 200] * 10, raw=b"long")
    assert len(long.body) > PIECE_CHARS
    names = ["a", "b", "c", "d", "long", "e", "f", "g", "h"]
    articles = [long if n == "long" else article(n) for n in names]
    got = [[a.id for a in batch] for batch in batches(articles, Config(batch_size=3))]
    assert got == [["a", "b", "c"], ["d"], ["long.txt"], ["e", "f", "g"], ["h"]]


def test_jobs_default_to_the_cores_and_must_not_be_negative():
    assert jobs_for(Config(jobs=3)) == 3
    assert jobs_for(Config()) >= 1
    with pytest.raises(ConfigError):
        jobs_for(Config(jobs=-1))


def test_one_batch_is_extracted_here_without_worker_processes(monkeypatch):
    def no_pool(*args):
        raise AssertionError("no worker process for a single batch")

    monkeypatch.setattr(kg.parallel, "Pool", no_pool)
    assert run([article(f"a{i}") for i in range(3)], jobs=2, batch_size=3)[:2] == (["a0", "a1", "a2"], [])


def test_a_long_article_alone_goes_to_one_worker_that_is_gone_before_its_extraction_is_handed_back(monkeypatch):
    pools = []

    class Recorded(kg.parallel.Pool):
        def __init__(self, jobs, *args):
            self.closed = False
            super().__init__(jobs, *args)
            pools.append((jobs, self))

        def close(self):
            self.closed = True
            super().close()

    monkeypatch.setattr(kg.parallel, "Pool", Recorded)
    long = make_article("long.txt", ["Lavrov said so. " * 200] * 10, raw=b"long")
    assert len(long.body) > PIECE_CHARS
    serial = list(extract_each([long], parallel_fakes.extract, config=Config(), report=print))
    seen = []
    for extraction in extract_all([long], parallel_fakes.extract, config=Config(jobs=2), report=print):
        seen.append((extraction, [(jobs, pool.closed) for jobs, pool in pools]))
    assert seen == [(serial[0], [(1, True)])]  # the same extraction, from one worker, shut down already
    assert len(serial[0].mentions) == 2  # two pieces


def test_two_processes_give_the_serial_extractions_in_input_order():
    articles = [article(f"a{i:02d}", " BOOM" if i == 7 else f" Story {i}.") for i in range(23)]
    serial_problems = []
    serial = list(extract_each(articles, parallel_fakes.extract, config=Config(batch_size=3),
                               report=serial_problems.append))
    ids, failed, problems = run(articles, jobs=2, batch_size=3)
    assert ids == [x.article.id for x in serial] == [a.id for a in articles if a.id != "a07"]
    assert problems == serial_problems and failed == ["a07"]
    assert problems[0].message == "extraction failed: ValueError: the parser gave up"


def test_a_worker_that_dies_is_replaced_and_its_batch_extracted_again(tmp_path):
    flag = tmp_path / "died"
    # late in the input: the first batches come back before it dies, so the workers are known to start
    articles = [article(f"a{i:02d}", f" DIE-ONCE:{flag}" if i == 10 else "") for i in range(12)]
    ids, failed, _ = run(articles, jobs=2, batch_size=2)
    assert flag.exists()  # a worker did die
    assert ids == [a.id for a in articles] and failed == []


def test_a_batch_that_kills_every_worker_is_reported_and_the_rest_built():
    articles = [article(f"a{i:02d}", " DIE-ALWAYS" if i == 8 else "") for i in range(12)]
    ids, failed, problems = run(articles, jobs=2, batch_size=2)
    assert failed == ["a08", "a09"]  # its batch: a crash is pinned on a batch, not on one article of it
    assert ids == [a.id for a in articles if a.id not in failed]
    assert all("the worker running it was lost" in p.message for p in problems)


def test_a_script_without_a_main_guard_gets_one_clear_error(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(4):
        (corpus / f"a{i}.txt").write_text(STORY + "\n", "utf-8")
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from kg.config import Config\nfrom kg.ingest import read_articles\nfrom kg.parallel import extract_all\n"
        "from tests import parallel_fakes\n"
        f"list(extract_all(read_articles([{str(corpus)!r}]), parallel_fakes.extract, "
        "config=Config(jobs=2, batch_size=2), report=print))\n", "utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert done.returncode != 0
    assert "KgError: the extraction processes stopped before finishing a batch" in done.stderr
    # (the last line of kg's own: multiprocessing's resource tracker may warn of leaked semaphores after it)
    lines = [line for line in done.stderr.splitlines() if "resource_tracker" not in line]
    assert "if __name__ == '__main__':" in lines[-1]


def test_workers_stop_when_the_main_process_is_killed(tmp_path):
    psutil = pytest.importorskip("psutil", reason="psutil is not installed (it comes with kg[dask])")
    busy = tmp_path / "busy"
    busy.mkdir()
    script = tmp_path / "main.py"
    script.write_text(
        "from kg.config import Config\nfrom kg.ingest.readers import make_article\n"
        "from kg.parallel import extract_all\nfrom tests import parallel_fakes\n"
        "if __name__ == '__main__':\n"
        f"    articles = [make_article(f'a{{i}}', ['Lavrov SLOW:{busy}'], raw=b'') for i in range(4)]\n"
        "    list(extract_all(articles, parallel_fakes.extract, config=Config(jobs=2, batch_size=1), report=print))\n",
        "utf-8")
    main = subprocess.Popen([sys.executable, str(script)], cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    try:
        deadline = time.monotonic() + 120
        while len(list(busy.iterdir())) < 2 and time.monotonic() < deadline:  # both workers are in a batch
            time.sleep(0.2)
        workers = [int(p.name) for p in busy.iterdir()]
        assert len(workers) == 2
    finally:
        main.kill()
        main.wait()

    def alive(pid: int) -> bool:
        try:
            return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False

    deadline = time.monotonic() + 30
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(map(alive, workers))
