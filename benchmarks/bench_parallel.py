"""Parallel and distributed builds: --jobs 1 against --jobs 2 and a Dask cluster, in one run, on the same corpus.

    python benchmarks/bench_parallel.py --articles 400

The corpus is bench_build's (varied copies of the sample articles). It prints the extraction
throughput of one worker (articles/s, tokens/s: the figure docs/SCALING.md scales from), the
time of ``kg.build`` (store + graph.nq) with one process, two processes and a local Dask
cluster of two single-threaded worker processes, the speed-ups, peak memory, and whether the
three graphs are byte-identical. Timings on a shared machine vary: other processes take cores, so
each build also prints the cores it got (CPU seconds of its processes over wall-clock seconds).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_build import make_corpus  # noqa: E402


def cpu_busy(seconds: float = 2.0) -> float:
    """How many cores other processes kept busy over ``seconds`` (from /proc/stat; 0 where there is none)."""
    def sample():
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return sum(fields), fields[3] + fields[4]  # total, idle + iowait

    try:
        total0, idle0 = sample()
        time.sleep(seconds)
        total1, idle1 = sample()
    except OSError:
        return 0.0
    cores = os.cpu_count() or 1
    return cores * (1 - (idle1 - idle0) / max(total1 - total0, 1))


class WorkerMemory:
    """The largest resident sets of the build processes (``python -m kg build``) and of the other
    descendants (worker processes), sampled twice a second while in use."""

    def __init__(self) -> None:
        self.peak = self.main_peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        try:
            import psutil  # noqa: PLC0415  (comes with distributed)
        except ImportError:
            return
        me = psutil.Process()
        while not self._stop.wait(0.5):
            for child in me.children(recursive=True):
                try:
                    rss, main = child.memory_info().rss, "kg" in child.cmdline()[1:3]
                except psutil.Error:
                    continue
                if main:
                    self.main_peak = max(self.main_peak, rss)
                else:
                    self.peak = max(self.peak, rss)

    def __enter__(self) -> WorkerMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _spin(count: int) -> int:
    total = 0
    for i in range(count):
        total += i * i
    return total


def parallel_ceiling(jobs: int, count: int = 10_000_000) -> float:
    """How much faster ``jobs`` processes run a pure-Python loop than one process running it ``jobs`` times:
    the most any speed-up can be on this machine right now (other processes share its cores)."""
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_spin, [1] * jobs))  # started before timing
        started = time.perf_counter()
        list(pool.map(_spin, [count] * jobs))
        parallel = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(jobs):
        _spin(count)
    return (time.perf_counter() - started) / parallel


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have exited (worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=400, help="how many articles (default 400)")
    options.add_argument("--jobs", type=int, default=2, help="processes and Dask workers to compare with one (default 2)")
    options.add_argument("--no-dask", action="store_true", help="leave out the Dask cluster")
    args = options.parse_args(argv)
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"  # the build graph records the time: fix it to compare bytes
    os.environ.setdefault("PYTHONPATH", str(ROOT))  # the builds run this checkout's kg

    import spacy  # noqa: PLC0415

    from kg import read_articles  # noqa: PLC0415
    from kg.config import load_config  # noqa: PLC0415
    from kg.extract import extract  # noqa: PLC0415
    from kg.parallel import extract_all  # noqa: PLC0415

    config = load_config(progress=False)
    busy = cpu_busy()
    with tempfile.TemporaryDirectory(prefix="kg-bench-parallel-") as tmp:
        corpus = Path(tmp) / "articles"
        corpus.mkdir()
        make_corpus(corpus, args.articles)
        articles = list(read_articles([corpus], max_bytes=config.max_bytes))
        characters = sum(len(a.body) for a in articles)
        tokens = sum(len(doc) for doc in spacy.blank("en").tokenizer.pipe(a.body for a in articles))
        print(f"corpus            {len(articles)} articles, {characters:,} characters, {tokens:,} tokens "
              f"(batch size {config.batch_size})")
        print(f"machine           {os.cpu_count()} cores; other processes kept {busy:.1f} of them busy before the run; "
              f"a CPU-bound loop runs {parallel_ceiling(args.jobs):.2f}x faster in {args.jobs} processes than in one")

        # One worker's throughput, model loaded and lexicons compiled (what a long-running worker does).
        list(extract_all(articles[:1], extract, config=config.with_(jobs=1), report=lambda p: None))
        started, cpu = time.perf_counter(), time.process_time()
        done = list(extract_all(articles, extract, config=config.with_(jobs=1), report=lambda p: None))
        extract_s, extract_cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"one worker        {extract_s:7.2f} s   {len(done) / extract_s:6.2f} articles/s   "
              f"{tokens / extract_s:8,.0f} tokens/s   {characters / extract_s:9,.0f} characters/s  (extraction only)")
        print(f"  per CPU second  {extract_cpu:7.2f} s   {len(done) / extract_cpu:6.2f} articles/s   "
              f"{tokens / extract_cpu:8,.0f} tokens/s   (what one core that is not shared gives)")

        runs: dict[str, tuple[float, bytes]] = {}

        def timed(name: str, *flags: str) -> Path:
            # A fresh `kg build` each time, as a user runs it: imports and model loading included.
            out = Path(tmp) / name.replace(" ", "-")
            command = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "--format", "nquads",
                       "--no-progress", *flags]
            started, cpu = time.perf_counter(), cpu_seconds()
            if flags == ("--scheduler",):
                from distributed import LocalCluster  # noqa: PLC0415

                with LocalCluster(n_workers=args.jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
                    started = time.perf_counter()  # the cluster's start-up is not the build's
                    done = subprocess.run([*command, cluster.scheduler_address], capture_output=True, text=True)
                    seconds = time.perf_counter() - started
            else:
                done = subprocess.run(command, capture_output=True, text=True)
                seconds = time.perf_counter() - started
            if done.returncode:
                raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
            cores = (cpu_seconds() - cpu) / seconds  # processes count once they have exited
            runs[name] = (seconds, (out / "graph.nq").read_bytes())
            base = runs.get("--jobs 1", (seconds,))[0]
            print(f"kg build {name:<9}{seconds:7.2f} s   {len(articles) / seconds:6.2f} articles/s   "
                  f"speed-up {base / seconds:4.2f}   {cores:4.2f} cores used   ({done.stdout.splitlines()[0]})")
            return out

        with WorkerMemory() as memory:
            serial = timed("--jobs 1", "--jobs", "1")
            timed(f"--jobs {args.jobs}", "--jobs", str(args.jobs))
            if not args.no_dask:
                timed("dask", "--scheduler")
        print(f"outside extraction {runs['--jobs 1'][0] - extract_s:6.2f} s of the --jobs 1 build "
              "(reading, storing, merging, graph.nq: the part one process does)")
        print(f"peak RSS          {memory.main_peak / 2**20:7.0f} MiB the largest kg build process, "
              f"{memory.peak / 2**20:.0f} MiB the largest worker process")
        quads = runs["--jobs 1"][1].count(b"\n")
        print(f"store             {folder_size(serial / 'store') / 2**20:7.1f} MiB on disk, graph.nq "
              f"{len(runs['--jobs 1'][1]) / 2**20:.1f} MiB, {quads:,} quads ({quads / len(articles):,.0f} per article)")
        first = runs["--jobs 1"][1]
        same = all(data == first for _, data in runs.values())
        print(f"graph.nq          {' = '.join(runs)}: {'byte-identical' if same else 'DIFFERENT'}")
        print(f"machine, after    a CPU-bound loop runs {parallel_ceiling(args.jobs):.2f}x faster in {args.jobs} "
              "processes than in one (the ceiling of any speed-up above)")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
